import type { DomainEvent } from '@msa/events';
import {
  onCompensationFailed,
  onCompensationSucceeded,
  onStepFailed,
  onStepHeld,
  onStepSucceeded,
  onStepUndone,
  type SagaState,
  type SagaTransition,
} from '@msa/saga';
import { CancellationReason } from '../domain/cancellation';
import type { CheckoutSagaInput } from './checkout-input';
import { checkoutSaga } from './checkout.saga';
import { failureCode } from './failure-codes';
import { applyInventoryReply, type InventoryReply } from './inventory-replies';
import type { SagaCommand } from './saga-command';

type ServiceReplyName =
  | 'promotions.redeemed'
  | 'promotions.redemption_failed'
  | 'promotions.unredeemed'
  | 'payment.authorized'
  | 'payment.authorization_failed'
  | 'payment.captured'
  | 'payment.capture_failed'
  | 'payment.voided'
  | 'payment.refunded'
  | 'payment.refund_failed'
  | 'shipment.created'
  | 'shipment.creation_failed'
  | 'shipment.cancelled';

/** Every event that answers a checkout saga command, discriminated by name. */
export type CheckoutReply = InventoryReply | { [E in ServiceReplyName]: DomainEvent<E> }[ServiceReplyName];

export const CHECKOUT_REPLY_NAMES: readonly CheckoutReply['name'][] = [
  'inventory.reserved',
  'inventory.reservation_failed',
  'inventory.committed',
  'inventory.released',
  'inventory.restocked',
  'promotions.redeemed',
  'promotions.redemption_failed',
  'promotions.unredeemed',
  'payment.authorized',
  'payment.authorization_failed',
  'payment.captured',
  'payment.capture_failed',
  'payment.voided',
  'payment.refunded',
  'payment.refund_failed',
  'shipment.created',
  'shipment.creation_failed',
  'shipment.cancelled',
];

type CheckoutState = SagaState<CheckoutSagaInput>;
type CheckoutTransition = SagaTransition<CheckoutSagaInput, SagaCommand>;

/**
 * A refund that keeps failing is not asked for again and again: after this many attempts the saga stays
 * compensating for an administrator, who refunds through payments (payments retries transient provider
 * failures itself, so a refund_failed reply is rarely worth repeating).
 */
export const MAX_REFUND_ATTEMPTS = 3;

/**
 * What a reply means for the checkout saga. Replies that match no waiting step (duplicates, late ones, a
 * refund an administrator made outside the saga) change nothing; that is the runner's guarantee.
 */
export function applyCheckoutReply(state: CheckoutState, reply: CheckoutReply): CheckoutTransition {
  const saga = checkoutSaga;
  switch (reply.name) {
    case 'promotions.redeemed':
      return onStepSucceeded(saga, state, 'redeem-promotions', reply.payload);
    case 'promotions.redemption_failed':
      return onStepFailed(
        saga,
        state,
        'redeem-promotions',
        failureCode(reply.payload.code, CancellationReason.PROMOTION_NOT_APPLICABLE),
      );
    case 'promotions.unredeemed':
      return onCompensationSucceeded(saga, state, 'redeem-promotions');
    case 'payment.authorized':
      return onStepSucceeded(saga, state, 'authorize-payment', reply.payload);
    // A decline is not the end of the order: the saga holds (stock still reserved) for a retryPayment.
    case 'payment.authorization_failed':
      return onStepHeld(
        saga,
        state,
        'authorize-payment',
        failureCode(reply.payload.code, CancellationReason.PAYMENT_DECLINED),
      );
    case 'payment.captured':
      return onStepSucceeded(saga, state, 'capture-payment', reply.payload);
    case 'payment.capture_failed':
      return onStepFailed(saga, state, 'capture-payment', CancellationReason.PAYMENT_CAPTURE_FAILED);
    // A void or a cancellation also happens outside the saga (an authorization expiring at the provider, an
    // administrator cancelling the shipment in shipping): either way the effect is gone and must not be undone.
    case 'payment.voided':
      return onStepUndone(saga, state, 'authorize-payment');
    case 'payment.refunded':
      return onCompensationSucceeded(saga, state, 'capture-payment');
    case 'payment.refund_failed': {
      const attempts = state.steps['capture-payment']?.compensationAttempts ?? 0;
      if (attempts >= MAX_REFUND_ATTEMPTS) return { state, actions: [] };
      return onCompensationFailed(saga, state, 'capture-payment', reply.payload.reason);
    }
    case 'shipment.created':
      return onStepSucceeded(saga, state, 'create-shipment', reply.payload);
    case 'shipment.creation_failed':
      return onStepFailed(saga, state, 'create-shipment', CancellationReason.SHIPMENT_CREATION_FAILED);
    case 'shipment.cancelled':
      return onStepUndone(saga, state, 'create-shipment');
    default:
      return applyInventoryReply(state, reply);
  }
}
