import { randomUUID } from 'node:crypto';
import type { Identity } from '@msa/auth';
import { publishEvent } from '@msa/events';
import { startSaga } from '@msa/saga';
import { userError } from '@msa/subgraph-kit';
import type { CheckoutReader } from '../clients/checkout-read.client';
import { inTransaction, isUniqueViolation, type OrdersDb } from '../data/database';
import { findByIdempotencyKey, findOrder, insertOrder } from '../data/order.repo';
import { insertSaga } from '../data/saga.repo';
import { cancellationMessage } from '../domain/cancellation';
import { mayCheckOutCart } from '../domain/cart-ownership';
import { paymentFailedMessage } from '../domain/payment-failure';
import { CheckoutErrorCode } from '../domain/checkout-problems';
import { decideReplay } from '../domain/idempotency';
import type { OrderRecord } from '../domain/order';
import { snapshotCheckout } from '../domain/order-snapshot';
import type { TaxedOrderDraft } from '../domain/order-tax';
import {
  checkShippingAddress,
  type ShippingAddress,
  type ShippingAddressDraft,
} from '../domain/shipping-address';
import { checkoutSagaInput } from '../saga/checkout-input';
import { checkoutSaga } from '../saga/checkout.saga';
import { checkoutBuyer, type CheckoutBuyer } from './checkout-buyer';
import { checkCheckoutShape } from './checkout-input-check';
import type { CheckoutTax } from './checkout-tax';
import { watchSettlement, type SettlementDeps } from './checkout-settlement';
import { rejected, succeeded, type OrderOutcome } from './outcome';
import { performSagaActions } from './saga-actions';

export interface CheckoutRequest {
  cartId: string;
  shippingAddress: ShippingAddressDraft;
  /** A rate from Query.shippingRates, priced for this cart and address. */
  shippingRateId: string;
  /** The payment provider's token for the customer's payment method. */
  paymentToken: string;
  idempotencyKey: string;
  /** Required from anonymous callers (guest checkout); ignored for signed-in customers. */
  email?: string | null;
}

export interface CheckoutCaller {
  /** Null for a guest. */
  identity: Identity | null;
  /** The caller's own access token, forwarded to read the cart as them; null for a guest. */
  accessToken: string | null;
  requestId: string;
}

export interface CheckoutService {
  checkout(caller: CheckoutCaller, request: CheckoutRequest): Promise<OrderOutcome>;
}

export interface CheckoutDeps {
  db: OrdersDb;
  reads: CheckoutReader;
  /** Adds the destination's tax to the frozen prices (src/domain/tax.ts). */
  taxes: CheckoutTax;
  reservationTtlSeconds: number;
  /** When set, checkout waits (bounded) for the saga's outcome so failures come back as userErrors. */
  settlement?: Omit<SettlementDeps, 'load'>;
  clock?: () => Date;
}

const PLACED_NOTE = 'Order placed; reserving stock, then payment and shipment.';

/**
 * A saga that ended the order, or held it for a payment retry, before checkout answered: report why as a
 * userError beside the order.
 */
export function settledOutcome(order: OrderRecord): OrderOutcome {
  if (order.status === 'PAYMENT_FAILED') {
    const code = order.paymentFailureCode ?? 'PAYMENT_DECLINED';
    return { order, userErrors: [userError(code, paymentFailedMessage(code))] };
  }
  if (order.status !== 'CANCELLED') return succeeded(order);
  const code = order.cancellationReason ?? 'CHECKOUT_FAILED';
  return { order, userErrors: [userError(code, cancellationMessage(code))] };
}

function replayOutcome(existing: OrderRecord, cartId: string): OrderOutcome {
  // A replay of a declined checkout says again why, so the client offers the retry.
  if (decideReplay(existing, cartId) === 'replay')
    return existing.status === 'PAYMENT_FAILED' ? settledOutcome(existing) : succeeded(existing);
  return rejected({
    code: CheckoutErrorCode.IDEMPOTENCY_KEY_REUSED,
    message: 'This idempotency key was already used for another cart; use a new key for a new checkout.',
    field: ['input', 'idempotencyKey'],
  });
}

/**
 * Checkout: validate, read the cart (with its discounts) and the chosen shipping rate as the caller, freeze
 * prices, discounts, shipping and address, then create the PENDING order and start its saga in one
 * transaction. The unique (customer, idempotency key) makes retries and concurrent duplicates return the one
 * order the first attempt created.
 */
export function createCheckoutService(deps: CheckoutDeps): CheckoutService {
  const clock = deps.clock ?? (() => new Date());
  const placeOrder = async (
    buyer: Extract<CheckoutBuyer, { ok: true }>,
    request: CheckoutRequest,
    address: ShippingAddress,
    draft: TaxedOrderDraft,
    orderId: string,
  ) => {
    const { customerId } = buyer;
    const input = checkoutSagaInput({
      orderId,
      customerId,
      draft,
      address,
      paymentToken: request.paymentToken,
      reservationTtlSeconds: deps.reservationTtlSeconds,
    });
    return inTransaction(deps.db, async (tx) => {
      const order = await insertOrder(tx, {
        id: orderId,
        customerId,
        guestEmail: buyer.guestEmail,
        idempotencyKey: request.idempotencyKey,
        cartId: request.cartId,
        shippingAddress: address,
        draft,
        note: PLACED_NOTE,
      });
      const { state, actions } = startSaga(checkoutSaga, input);
      await insertSaga(tx, orderId, state);
      await publishEvent(tx, 'order.placed', {
        orderId,
        customerId,
        lines: input.lines,
        total: draft.total,
        currency: draft.currency,
      });
      await performSagaActions(
        tx,
        { id: orderId, customerId, cartId: request.cartId, status: order.status, shipmentStatus: null },
        actions,
      );
      return order;
    });
  };

  return {
    async checkout(caller, request) {
      const buyer = checkoutBuyer(caller.identity, request.email);
      checkCheckoutShape(request);
      const address = checkShippingAddress(request.shippingAddress, ['input', 'shippingAddress']);
      if (!address.ok || !buyer.ok)
        return rejected(...(address.ok ? [] : address.problems), ...(buyer.ok ? [] : [buyer.problem]));

      const { customerId } = buyer;
      const earlier = await findByIdempotencyKey(deps.db, customerId, request.idempotencyKey);
      if (earlier) return replayOutcome(earlier, request.cartId);

      const { cart, ownCartId, rate } = await deps.reads.read(
        request.cartId,
        request.shippingRateId,
        caller.accessToken,
        caller.requestId,
      );
      // Staff may read a customer's cart, but only its owner (or a guest cart's holder) may check it out.
      if (!cart || !mayCheckOutCart(cart, ownCartId))
        return rejected({
          code: CheckoutErrorCode.CART_NOT_FOUND,
          message: 'No such cart.',
          field: ['input', 'cartId'],
        });
      const snapshot = snapshotCheckout({ cart, rate, shipTo: address.address, now: clock() });
      if (!snapshot.ok) return rejected(snapshot.problem);
      const taxed = await deps.taxes.tax(snapshot.draft, address.address);
      if (!taxed.ok) return rejected(taxed.problem);

      const orderId = randomUUID();
      const watch = deps.settlement
        ? await watchSettlement({ ...deps.settlement, load: (id) => findOrder(deps.db, id) }, orderId)
        : null;
      try {
        const order = await placeOrder(buyer, request, address.address, taxed.draft, orderId);
        const settled = watch ? await watch.settled() : null;
        return settledOutcome(settled ?? order);
      } catch (error) {
        watch?.cancel();
        if (!isUniqueViolation(error)) throw error;
        // A concurrent request with the same key committed first: answer with its order.
        const winner = await findByIdempotencyKey(deps.db, customerId, request.idempotencyKey);
        if (!winner) throw error;
        return replayOutcome(winner, request.cartId);
      }
    },
  };
}
