import type { SimulatedProviderCharge } from '../__generated__/prisma/client';
import type { SimulatedChargeStatus } from '../domain/simulated-charge-rules';
import type { PaymentsReader, PaymentsTx } from './database';

/** The simulated provider's own tables; in production these live at the provider. */

export interface ProviderOperationRecord {
  operation: string;
  request: unknown;
  /** Null until the provider has acted on the key (e.g. after a timed-out first attempt). */
  response: unknown;
  /** Requests seen for this key, this one included. */
  attempts: number;
}

/**
 * Counts one more request for an idempotency key and locks its record until the transaction ends, so two
 * requests with the same key never act at once: the second waits and then finds the first one's response.
 */
export async function recordProviderAttempt(
  tx: PaymentsTx,
  attempt: { idempotencyKey: string; operation: string; chargeId: string | null; request: unknown },
): Promise<ProviderOperationRecord> {
  const rows = await tx.$queryRaw<ProviderOperationRecord[]>`
    INSERT INTO simulated_provider_operations (idempotency_key, operation, charge_id, request, attempts)
    VALUES (${attempt.idempotencyKey}, ${attempt.operation}, ${attempt.chargeId},
            ${JSON.stringify(attempt.request)}::jsonb, 1)
    ON CONFLICT (idempotency_key) DO UPDATE SET attempts = simulated_provider_operations.attempts + 1
    RETURNING operation, request, response, attempts`;
  return rows[0]!;
}

export async function completeProviderOperation(
  tx: PaymentsTx,
  idempotencyKey: string,
  outcome: { response: unknown; chargeId?: string },
): Promise<void> {
  await tx.simulatedProviderOperation.update({
    where: { idempotencyKey },
    data: {
      ...(outcome.chargeId ? { chargeId: outcome.chargeId } : {}),
      response: outcome.response as object,
      completedAt: new Date(),
    },
  });
}

export type SimulatedChargeRow = Omit<SimulatedProviderCharge, 'status'> & { status: SimulatedChargeStatus };

export async function createSimulatedCharge(
  tx: PaymentsTx,
  charge: { id: string; token: string; reference: string; amount: number; currency: string },
): Promise<void> {
  await tx.simulatedProviderCharge.create({ data: { ...charge, status: 'authorized' } });
}

export async function lockSimulatedCharge(tx: PaymentsTx, id: string): Promise<SimulatedChargeRow | null> {
  await tx.$queryRaw`SELECT id FROM simulated_provider_charges WHERE id = ${id} FOR UPDATE`;
  return (await tx.simulatedProviderCharge.findUnique({ where: { id } })) as SimulatedChargeRow | null;
}

export async function updateSimulatedCharge(
  tx: PaymentsTx,
  id: string,
  change: { status: SimulatedChargeStatus; capturedAmount: number; refundedAmount: number },
): Promise<void> {
  await tx.simulatedProviderCharge.update({ where: { id }, data: change });
}

export interface ProviderActivity {
  /** Charges created for the reference (the order id): one per successful authorization. */
  charges: number;
  /** Completed operations by kind, e.g. { authorize: 1, capture: 1 }. */
  completed: Record<string, number>;
  /** Requests received by kind, retries included. */
  requests: Record<string, number>;
}

/** What the provider did for one order; tests use it to prove that nothing was charged or captured twice. */
export async function providerActivityFor(db: PaymentsReader, reference: string): Promise<ProviderActivity> {
  const charges = await db.simulatedProviderCharge.findMany({ where: { reference }, select: { id: true } });
  const chargeIds = charges.map((charge) => charge.id);
  const operations = await db.simulatedProviderOperation.findMany({
    where: {
      OR: [{ chargeId: { in: chargeIds } }, { idempotencyKey: { startsWith: `${reference}:` } }],
    },
  });
  const completed: Record<string, number> = {};
  const requests: Record<string, number> = {};
  for (const operation of operations) {
    requests[operation.operation] = (requests[operation.operation] ?? 0) + operation.attempts;
    const succeeded = (operation.response as { ok?: unknown } | null)?.ok === true;
    if (succeeded) completed[operation.operation] = (completed[operation.operation] ?? 0) + 1;
  }
  return { charges: charges.length, completed, requests };
}
