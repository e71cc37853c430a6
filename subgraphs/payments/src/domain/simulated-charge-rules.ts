import { testCardFor, type CardDetails } from './card-tokens';
import { decline, type ProviderDecline } from './provider-outcome';

/**
 * How the simulated card provider answers, as pure decisions over its own charge records. It behaves like a
 * real provider: amounts are checked against what was authorized and captured, a voided charge cannot be
 * captured, a captured one cannot be voided.
 */
export type SimulatedChargeStatus = 'authorized' | 'captured' | 'voided';

export interface SimulatedCharge {
  status: SimulatedChargeStatus;
  amount: number;
  capturedAmount: number;
  refundedAmount: number;
}

export type SimulatedAuthorization =
  | { kind: 'approve'; card: CardDetails }
  | { kind: 'decline'; decline: ProviderDecline; card: CardDetails | null }
  | { kind: 'timeout' };

export type ChargeChange = { ok: true; charge: SimulatedCharge } | ProviderDecline;

function isPositiveAmount(amount: number): boolean {
  return Number.isSafeInteger(amount) && amount > 0;
}

/** Cards behind tok_timeout time out on the first attempt of every idempotency key, then work. */
export function timesOut(token: string, attempt: number): boolean {
  return testCardFor(token)?.behaviour.kind === 'timeout-once' && attempt === 1;
}

export function decideSimulatedAuthorization(
  token: string,
  amount: number,
  attempt: number,
): SimulatedAuthorization {
  const testCard = testCardFor(token);
  if (!testCard)
    return { kind: 'decline', decline: decline('INVALID_TOKEN', `No such token: ${token}`), card: null };
  if (timesOut(token, attempt)) return { kind: 'timeout' };
  if (!isPositiveAmount(amount)) {
    return {
      kind: 'decline',
      decline: decline('INVALID_AMOUNT', 'Amount must be a positive integer'),
      card: testCard.card,
    };
  }
  const { behaviour } = testCard;
  if (behaviour.kind === 'decline') {
    return { kind: 'decline', decline: decline(behaviour.code, behaviour.message), card: testCard.card };
  }
  return { kind: 'approve', card: testCard.card };
}

const NOT_FOUND = decline('CHARGE_NOT_FOUND', 'No such charge');

export function decideSimulatedCapture(charge: SimulatedCharge | null, amount: number): ChargeChange {
  if (!charge) return NOT_FOUND;
  if (charge.status === 'captured')
    return decline('CHARGE_ALREADY_CAPTURED', 'This charge has already been captured');
  if (charge.status === 'voided') return decline('CHARGE_VOIDED', 'This charge was voided');
  if (!isPositiveAmount(amount)) return decline('INVALID_AMOUNT', 'Amount must be a positive integer');
  if (amount > charge.amount) {
    return decline(
      'AMOUNT_EXCEEDS_AUTHORIZED',
      `Cannot capture ${amount}; only ${charge.amount} was authorized`,
    );
  }
  return { ok: true, charge: { ...charge, status: 'captured', capturedAmount: amount } };
}

/** Voiding a voided charge changes nothing and succeeds, as releasing an authorization twice would. */
export function decideSimulatedVoid(charge: SimulatedCharge | null): ChargeChange {
  if (!charge) return NOT_FOUND;
  if (charge.status === 'captured') {
    return decline('CHARGE_ALREADY_CAPTURED', 'A captured charge cannot be voided; refund it instead');
  }
  return { ok: true, charge: { ...charge, status: 'voided' } };
}

export function decideSimulatedRefund(charge: SimulatedCharge | null, amount: number): ChargeChange {
  if (!charge) return NOT_FOUND;
  if (charge.status !== 'captured')
    return decline('CHARGE_NOT_CAPTURED', 'Only a captured charge can be refunded');
  if (!isPositiveAmount(amount)) return decline('INVALID_AMOUNT', 'Amount must be a positive integer');
  const refundable = charge.capturedAmount - charge.refundedAmount;
  if (amount > refundable) {
    return decline('AMOUNT_EXCEEDS_REFUNDABLE', `Cannot refund ${amount}; only ${refundable} is refundable`);
  }
  return { ok: true, charge: { ...charge, refundedAmount: charge.refundedAmount + amount } };
}

/** A replayed idempotency key must carry the same request; a different one is refused like a real provider does. */
export function sameRequest(stored: unknown, presented: unknown): boolean {
  return canonicalJson(stored) === canonicalJson(presented);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
