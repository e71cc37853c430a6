import type { Logger } from '@msa/subgraph-kit';
import type { PaymentsDb } from '../data/database';
import { findPaymentByOrderId, type PaymentRow } from '../data/payment.repo';
import type { RetryPolicy } from '../domain/retry-backoff';
import type { CrashPoint } from '../fault-injection';
import type { CardProvider } from '../provider/card-provider';
import { withProviderRetry } from '../provider/provider-retry';

/** What the payment services work with. */
export interface PaymentDeps {
  db: PaymentsDb;
  provider: CardProvider;
  retryPolicy: RetryPolicy;
  logger?: Logger;
  /** Test-only crash points (FAULT_INJECT); absent in normal operation. */
  crashAt?: CrashPoint;
}

/** How a command reached the service. */
export interface MessageOptions {
  /** The command's message id; a second delivery of the same id changes nothing. */
  messageId?: string;
}

/** A provider call with in-process retries of transient failures (see README, "Retries"). */
export function callProvider<T>(deps: PaymentDeps, operation: string, call: () => Promise<T>): Promise<T> {
  return withProviderRetry(deps.retryPolicy, call, {
    onRetry: (attempt, delayMs, error) =>
      deps.logger?.warn({ err: error, operation, attempt, delayMs }, 'card provider call failed; retrying'),
  });
}

/** A command that can never succeed as sent; its handler fails it without retries. */
export class PermanentCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentCommandError';
  }
}

/** A command that arrived before the payment was ready for it (e.g. a capture while authorizing); retried later. */
export class PaymentNotReadyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PaymentNotReadyError';
  }
}

/** The payment a capture or void acts on; a command for an order without one can never succeed. */
export async function paymentForCommand(
  deps: PaymentDeps,
  orderId: string,
  action: string,
): Promise<PaymentRow> {
  const payment = await findPaymentByOrderId(deps.db, orderId);
  if (!payment) throw new PermanentCommandError(`Order ${orderId} has no payment to ${action}`);
  return payment;
}
