import { failPermanentlyOn, type CommandHandlers } from '@msa/events';
import { IllegalPaymentTransitionError } from '../domain/payment-status';
import { stableId } from '../domain/stable-id';
import { authorizePayment } from '../services/authorize-payment';
import { capturePayment } from '../services/capture-payment';
import { PermanentCommandError, type PaymentDeps } from '../services/payment-deps';
import { refundPayment } from '../services/refund-payment';
import { voidPayment } from '../services/void-payment';

/**
 * A command that can never succeed as sent (no payment for the order, a void of captured money) goes
 * straight to the dead letters. Everything else is retried with the queue's backoff: a provider that stayed
 * unavailable through the in-process retries, a capture that arrived while the authorization was still
 * running, a lost database connection. Declines are not failures: they are answered with events.
 */
const failPermanentlyWhenHopeless = failPermanentlyOn(PermanentCommandError, IllegalPaymentTransitionError);

/**
 * A refund's id comes from its business key: the return it pays back, or else the command itself. A refund
 * command sent twice for one return refunds once.
 */
export function refundIdFor(command: {
  id: string;
  payload: { orderId: string; returnId: string | null };
}): string {
  const { orderId, returnId } = command.payload;
  return returnId
    ? stableId('refund', orderId, 'return', returnId)
    : stableId('refund', 'command', command.id);
}

/** Handlers of the commands.payments queue; each command is processed once per message id. */
export function paymentCommandHandlers(deps: PaymentDeps): CommandHandlers {
  return {
    'payments.authorize': (command) =>
      failPermanentlyWhenHopeless(() => authorizePayment(deps, command.payload, { messageId: command.id })),
    'payments.capture': (command) =>
      failPermanentlyWhenHopeless(() => capturePayment(deps, command.payload, { messageId: command.id })),
    'payments.void': (command) =>
      failPermanentlyWhenHopeless(() => voidPayment(deps, command.payload, { messageId: command.id })),
    'payments.refund': (command) =>
      failPermanentlyWhenHopeless(() =>
        refundPayment(
          deps,
          {
            target: { orderId: command.payload.orderId },
            refundId: refundIdFor(command),
            amount: command.payload.amount,
            reason: command.payload.reason,
            returnId: command.payload.returnId,
            source: 'COMMAND',
            actorId: null,
          },
          { messageId: command.id, whenProviderUnavailable: 'retry-later', publishFailures: true },
        ),
      ),
  };
}
