import type { CommandPayloads } from '@msa/events';

export type AuthorizeCommand = CommandPayloads['payments.authorize'];

/**
 * A payments.authorize the provider could never accept. It is answered with payment.authorization_failed
 * (code INVALID_REQUEST) rather than dead-lettered, so the checkout saga ends instead of waiting.
 */
export function authorizeCommandProblem(command: AuthorizeCommand): string | null {
  if (!command.orderId) return 'orderId is missing';
  if (!command.customerId) return 'customerId is missing';
  if (!Number.isSafeInteger(command.amount) || command.amount <= 0) {
    return `amount must be a positive whole number of cents, got ${String(command.amount)}`;
  }
  if (!/^[A-Z]{3}$/.test(command.currency ?? ''))
    return `currency must be an ISO 4217 code, got ${String(command.currency)}`;
  if (!command.paymentToken) return 'paymentToken is missing';
  return null;
}
