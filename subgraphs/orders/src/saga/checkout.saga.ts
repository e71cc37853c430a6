import { applyReply, defineSaga, type ReplyEvent, type SagaState, type SagaTransition } from '@msa/saga';
import type { CheckoutSagaInput } from './checkout-input';
import type { SagaCommand } from './saga-command';
import { authorizePayment } from './steps/authorize-payment';
import { capturePayment } from './steps/capture-payment';
import { confirmOrder } from './steps/confirm-order';
import { createShipment } from './steps/create-shipment';
import { redeemPromotions } from './steps/redeem-promotions';
import { reserveInventory } from './steps/reserve-inventory';

/**
 * Checkout, orchestrated by orders. Each step is a command to the owning service answered by events the
 * step declares (`replies`); a failure compensates the completed steps in reverse (README.md has the diagram).
 * The order is CONFIRMED once the shipment is created: confirm-order is a background step, so inventory.commit
 * goes out in the transaction that confirms and nothing waits for inventory.committed (the watchdog re-sends
 * a commit that is never acknowledged).
 *
 *   1. reserve-inventory  → inventory.reserve          ⇢ inventory.reserved | inventory.reservation_failed
 *   2. redeem-promotions  → promotions.redeem          ⇢ promotions.redeemed | promotions.redemption_failed
 *                           (skipped without discounts)
 *   3. authorize-payment  → payments.authorize         ⇢ payment.authorized | payment.authorization_failed
 *   4. capture-payment    → payments.capture           ⇢ payment.captured | payment.capture_failed
 *                           (done ahead, with no command, when payments captured as it authorized: the
 *                           authorization asks for that, and payment.authorized says `captured`)
 *                           (3 and 4 are skipped for an order that costs nothing)
 *   5. create-shipment    → shipping.create_shipment   ⇢ shipment.created | shipment.creation_failed
 *   6. confirm-order      → inventory.commit           ⇢ inventory.committed
 *                           (background: sent with the order CONFIRMED, its reply recorded when it comes)
 */
export const checkoutSaga = defineSaga<CheckoutSagaInput, SagaCommand>('checkout', [
  reserveInventory,
  redeemPromotions,
  authorizePayment,
  capturePayment,
  createShipment,
  confirmOrder,
]);

/**
 * What a reply means for a checkout saga, as its steps declare. Replies that match no waiting step
 * (duplicates, late ones, a refund an administrator made outside the saga) change nothing.
 */
export function applyCheckoutReply(
  state: SagaState<CheckoutSagaInput>,
  reply: ReplyEvent,
): SagaTransition<CheckoutSagaInput, SagaCommand> {
  return applyReply(checkoutSaga, state, reply);
}
