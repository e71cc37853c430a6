import type { CardDetails } from '../domain/card-tokens';
import type { ProviderDecline } from '../domain/provider-outcome';

/**
 * The port to a card payment provider. Every call carries an idempotency key: the provider acts on a key at
 * most once and answers a replayed key with the stored result. Declines come back as `ok: false` answers;
 * a failure where the outcome is unknown and a retry may help (timeout, provider down) is thrown as a
 * TransientProviderError.
 */
export interface CardProvider {
  authorize(request: AuthorizeRequest): Promise<AuthorizeResult>;
  capture(request: CaptureRequest): Promise<CaptureResult>;
  void(request: VoidRequest): Promise<VoidResult>;
  refund(request: RefundRequest): Promise<RefundResult>;
}

export interface AuthorizeRequest {
  idempotencyKey: string;
  token: string;
  amount: number;
  currency: string;
  /** Shown in the provider's dashboard next to the charge (the order id). */
  reference: string;
}

export type AuthorizeResult =
  | { ok: true; chargeId: string; card: CardDetails }
  | (ProviderDecline & { card: CardDetails | null });

export interface CaptureRequest {
  idempotencyKey: string;
  chargeId: string;
  amount: number;
}

export type CaptureResult = { ok: true; amountCaptured: number } | ProviderDecline;

export interface VoidRequest {
  idempotencyKey: string;
  chargeId: string;
}

export type VoidResult = { ok: true } | ProviderDecline;

export interface RefundRequest {
  idempotencyKey: string;
  chargeId: string;
  amount: number;
}

export type RefundResult = { ok: true; providerRefundId: string } | ProviderDecline;

/** The provider did not answer in time or is unavailable; retrying with the same idempotency key is safe. */
export class TransientProviderError extends Error {
  constructor(
    message: string,
    readonly code: 'TIMEOUT' | 'UNAVAILABLE' = 'TIMEOUT',
  ) {
    super(message);
    this.name = 'TransientProviderError';
  }
}

export function isTransientProviderError(error: unknown): error is TransientProviderError {
  return error instanceof TransientProviderError;
}
