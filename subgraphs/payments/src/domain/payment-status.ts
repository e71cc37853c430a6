/**
 * The payment state machine. A payment is authorized once, captured at most once, and then either voided
 * (before capture) or refunded, in part or in full:
 *
 *   PENDING → AUTHORIZED → CAPTURED → PARTIALLY_REFUNDED → REFUNDED
 *      │          │   └──→ VOIDED       └──────────────────→ REFUNDED
 *      └──────────┴──→ FAILED
 */
export const PAYMENT_STATUSES = [
  'PENDING',
  'AUTHORIZED',
  'CAPTURED',
  'VOIDED',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
  'FAILED',
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

const TRANSITIONS: Record<PaymentStatus, readonly PaymentStatus[]> = {
  PENDING: ['AUTHORIZED', 'FAILED'],
  AUTHORIZED: ['CAPTURED', 'VOIDED', 'FAILED'],
  CAPTURED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
  PARTIALLY_REFUNDED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
  REFUNDED: [],
  VOIDED: [],
  FAILED: [],
};

export function canTransition(from: PaymentStatus, to: PaymentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export class IllegalPaymentTransitionError extends Error {
  constructor(
    readonly from: PaymentStatus,
    readonly to: PaymentStatus,
  ) {
    super(`A payment cannot go from ${from} to ${to}`);
    this.name = 'IllegalPaymentTransitionError';
  }
}

export function assertTransition(from: PaymentStatus, to: PaymentStatus): void {
  if (!canTransition(from, to)) throw new IllegalPaymentTransitionError(from, to);
}

/** Money has been taken from the card (some of it may have been given back since). */
export function isCaptured(status: PaymentStatus): boolean {
  return status === 'CAPTURED' || status === 'PARTIALLY_REFUNDED' || status === 'REFUNDED';
}

/** What a payments.authorize command does, given the order's payment as it stands. */
export type AuthorizeDecision =
  | { kind: 'authorize' }
  /** Authorized earlier (and maybe captured, voided or refunded since): answer payment.authorized again. */
  | { kind: 'already-authorized' }
  /** Declined earlier: answer payment.authorization_failed again with the stored reason. */
  | { kind: 'already-failed' };

export function decideAuthorize(status: PaymentStatus): AuthorizeDecision {
  if (status === 'PENDING') return { kind: 'authorize' };
  if (status === 'FAILED') return { kind: 'already-failed' };
  return { kind: 'already-authorized' };
}

export type CaptureDecision =
  | { kind: 'capture' }
  | { kind: 'already-captured' }
  /** FAILED or VOIDED: there is nothing left to capture. */
  | { kind: 'cannot-capture'; reason: string }
  /** The authorization has not finished yet; the command is retried later. */
  | { kind: 'not-yet-authorized' };

export function decideCapture(status: PaymentStatus): CaptureDecision {
  if (status === 'AUTHORIZED') return { kind: 'capture' };
  if (isCaptured(status)) return { kind: 'already-captured' };
  if (status === 'PENDING') return { kind: 'not-yet-authorized' };
  return {
    kind: 'cannot-capture',
    reason: status === 'VOIDED' ? 'The payment was voided' : 'The payment failed',
  };
}

export type VoidDecision =
  | { kind: 'void' }
  /** No authorization is held (failed, already voided, or fully refunded): answer payment.voided. */
  | { kind: 'nothing-held' }
  /** Money was captured: that is given back by a refund, never by a void. */
  | { kind: 'captured' }
  | { kind: 'not-yet-authorized' };

export function decideVoid(status: PaymentStatus): VoidDecision {
  if (status === 'AUTHORIZED') return { kind: 'void' };
  if (status === 'PENDING') return { kind: 'not-yet-authorized' };
  if (status === 'CAPTURED' || status === 'PARTIALLY_REFUNDED') return { kind: 'captured' };
  return { kind: 'nothing-held' };
}
