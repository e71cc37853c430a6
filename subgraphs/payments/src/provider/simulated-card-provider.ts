import { randomBytes } from 'node:crypto';
import { inTransaction, type PaymentsDb, type PaymentsTx } from '../data/database';
import {
  completeProviderOperation,
  createSimulatedCharge,
  lockSimulatedCharge,
  recordProviderAttempt,
  updateSimulatedCharge,
  type SimulatedChargeRow,
} from '../data/simulated-provider.repo';
import { decline } from '../domain/provider-outcome';
import {
  decideSimulatedAuthorization,
  decideSimulatedCapture,
  decideSimulatedRefund,
  decideSimulatedVoid,
  sameRequest,
  timesOut,
  type ChargeChange,
} from '../domain/simulated-charge-rules';
import {
  TransientProviderError,
  type AuthorizeResult,
  type CardProvider,
  type CaptureResult,
  type RefundResult,
  type VoidResult,
} from './card-provider';

export interface SimulatedCardProviderOptions {
  db: PaymentsDb;
  /** Each call waits a random time in [min, max] ms, like a network round trip; [0, 0] in tests. */
  latencyMs?: readonly [number, number];
  random?: () => number;
}

export const DEFAULT_PROVIDER_LATENCY_MS: readonly [number, number] = [20, 120];

const TIMED_OUT = Symbol('timed out');
type Acted<T> = { response: T; chargeId?: string } | typeof TIMED_OUT;

const providerId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/**
 * A card provider that behaves like a real one, keeping its records in this service's database: every
 * request is recorded under its idempotency key, a replayed key returns the stored response, a key reused
 * for a different request is refused, and the test tokens decline or time out as documented in the README.
 */
export function createSimulatedCardProvider(options: SimulatedCardProviderOptions): CardProvider {
  const { db } = options;
  const random = options.random ?? Math.random;
  const [minLatency, maxLatency] = options.latencyMs ?? DEFAULT_PROVIDER_LATENCY_MS;

  const latency = async () => {
    const ms = minLatency + Math.round((maxLatency - minLatency) * random());
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  };

  /** One request: recorded, replayed or acted on, in one transaction holding the key's record lock. */
  async function perform<T>(
    operation: string,
    idempotencyKey: string,
    request: { chargeId?: string } & Record<string, unknown>,
    act: (tx: PaymentsTx, attempt: number) => Promise<Acted<T>>,
  ): Promise<T> {
    await latency();
    const outcome = await inTransaction(db, async (tx): Promise<Acted<T>> => {
      const record = await recordProviderAttempt(tx, {
        idempotencyKey,
        operation,
        chargeId: request.chargeId ?? null,
        request,
      });
      if (record.operation !== operation || !sameRequest(record.request, request)) {
        const refused = decline(
          'IDEMPOTENCY_KEY_REUSED',
          `Idempotency key ${idempotencyKey} was used for another request`,
        );
        return { response: refused as T };
      }
      if (record.response !== null) return { response: record.response as T };
      const acted = await act(tx, record.attempts);
      if (acted !== TIMED_OUT) await completeProviderOperation(tx, idempotencyKey, acted);
      return acted;
    });
    if (outcome === TIMED_OUT) throw new TransientProviderError('The card provider did not answer in time');
    return outcome.response;
  }

  /** Applies a change to a charge the provider holds; tok_timeout cards time out on a key's first try. */
  async function changeCharge(
    tx: PaymentsTx,
    chargeId: string,
    attempt: number,
    decide: (charge: SimulatedChargeRow | null) => ChargeChange,
  ): Promise<Acted<ChargeChange>> {
    const charge = await lockSimulatedCharge(tx, chargeId);
    if (charge && timesOut(charge.token, attempt)) return TIMED_OUT;
    const change = decide(charge);
    if (change.ok) await updateSimulatedCharge(tx, chargeId, change.charge);
    return { response: change };
  }

  return {
    authorize: (request) => {
      const { idempotencyKey, ...body } = request;
      return perform<AuthorizeResult>('authorize', idempotencyKey, body, async (tx, attempt) => {
        const decision = decideSimulatedAuthorization(request.token, request.amount, attempt);
        if (decision.kind === 'timeout') return TIMED_OUT;
        if (decision.kind === 'decline') return { response: { ...decision.decline, card: decision.card } };
        const chargeId = providerId('ch');
        await createSimulatedCharge(tx, {
          id: chargeId,
          token: request.token,
          reference: request.reference,
          amount: request.amount,
          currency: request.currency,
        });
        return { response: { ok: true, chargeId, card: decision.card }, chargeId };
      });
    },

    capture: (request) => {
      const { idempotencyKey, ...body } = request;
      return perform<CaptureResult>('capture', idempotencyKey, body, async (tx, attempt) => {
        const acted = await changeCharge(tx, request.chargeId, attempt, (charge) =>
          decideSimulatedCapture(charge, request.amount),
        );
        if (acted === TIMED_OUT) return TIMED_OUT;
        const change = acted.response;
        return { response: change.ok ? { ok: true, amountCaptured: change.charge.capturedAmount } : change };
      });
    },

    void: (request) => {
      const { idempotencyKey, ...body } = request;
      return perform<VoidResult>('void', idempotencyKey, body, async (tx, attempt) => {
        const acted = await changeCharge(tx, request.chargeId, attempt, decideSimulatedVoid);
        if (acted === TIMED_OUT) return TIMED_OUT;
        return { response: acted.response.ok ? { ok: true } : acted.response };
      });
    },

    refund: (request) => {
      const { idempotencyKey, ...body } = request;
      return perform<RefundResult>('refund', idempotencyKey, body, async (tx, attempt) => {
        const acted = await changeCharge(tx, request.chargeId, attempt, (charge) =>
          decideSimulatedRefund(charge, request.amount),
        );
        if (acted === TIMED_OUT) return TIMED_OUT;
        return {
          response: acted.response.ok ? { ok: true, providerRefundId: providerId('re') } : acted.response,
        };
      });
    },
  };
}
