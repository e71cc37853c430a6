import { defineSaga } from '@msa/saga';
import type { CheckoutSagaInput } from './checkout-input';
import type { SagaCommand } from './saga-command';
import { confirmOrder } from './steps/confirm-order';
import { reserveInventory } from './steps/reserve-inventory';

/**
 * Checkout, orchestrated by orders. Each step is a command to the owning service answered by an event;
 * payment and shipping steps join between these two when those services exist.
 *
 *   1. reserve-inventory  → inventory.reserve   ⇢ inventory.reserved | inventory.reservation_failed
 *   2. confirm-order      → inventory.commit    ⇢ inventory.committed            (order CONFIRMED)
 */
export const checkoutSaga = defineSaga<CheckoutSagaInput, SagaCommand>('checkout', [
  reserveInventory,
  confirmOrder,
]);
