import { randomUUID } from 'node:crypto';
import type { Identity } from '@msa/auth';
import { publishEvent } from '@msa/events';
import { startSaga } from '@msa/saga';
import { badUserInput, forbidden, userError } from '@msa/subgraph-kit';
import type { CartClient } from '../clients/cart.client';
import { inTransaction, isUniqueViolation, type OrdersDb } from '../data/database';
import { findByIdempotencyKey, findOrder, insertOrder } from '../data/order.repo';
import { insertSaga } from '../data/saga.repo';
import { CheckoutErrorCode } from '../domain/checkout-problems';
import { decideReplay, idempotencyKeyProblem } from '../domain/idempotency';
import type { OrderRecord } from '../domain/order';
import { lineRefs, snapshotCart, type OrderDraft } from '../domain/order-snapshot';
import {
  checkShippingAddress,
  type ShippingAddress,
  type ShippingAddressDraft,
} from '../domain/shipping-address';
import { checkoutSaga } from '../saga/checkout.saga';
import { performSagaActions } from './saga-actions';
import { watchSettlement, type SettlementDeps } from './checkout-settlement';
import { rejected, succeeded, type OrderOutcome } from './outcome';

export interface CheckoutRequest {
  cartId: string;
  shippingAddress: ShippingAddressDraft;
  /** Accepted now so clients need not change when shipping joins the saga. */
  shippingRateId?: string | null;
  /** Accepted now so clients need not change when payments join the saga. */
  paymentToken?: string | null;
  idempotencyKey: string;
}

export interface CheckoutCaller {
  identity: Identity;
  /** The caller's own access token, forwarded to read the cart as them. */
  accessToken: string;
  requestId: string;
}

export interface CheckoutService {
  checkout(caller: CheckoutCaller, request: CheckoutRequest): Promise<OrderOutcome>;
}

export interface CheckoutDeps {
  db: OrdersDb;
  carts: CartClient;
  reservationTtlSeconds: number;
  /** When set, checkout waits (bounded) for the saga's first outcome so stock failures come back as userErrors. */
  settlement?: Omit<SettlementDeps, 'load'>;
}

const PLACED_NOTE = 'Order placed; reserving stock.';

function checkShape(request: CheckoutRequest): void {
  const keyProblem = idempotencyKeyProblem(request.idempotencyKey);
  if (keyProblem) throw badUserInput(keyProblem, ['input', 'idempotencyKey']);
  if (request.cartId.trim() === '' || request.cartId.length > 100)
    throw badUserInput('cartId must be 1 to 100 characters', ['input', 'cartId']);
  for (const [field, value] of [
    ['shippingRateId', request.shippingRateId],
    ['paymentToken', request.paymentToken],
  ] as const) {
    if (value != null && value.length > 200)
      throw badUserInput(`${field} must be at most 200 characters`, ['input', field]);
  }
}

/** A saga that ended the order before checkout answered: report why as a userError beside the order. */
function settledOutcome(order: OrderRecord): OrderOutcome {
  if (order.status !== 'CANCELLED') return succeeded(order);
  const code = order.cancellationReason ?? 'CHECKOUT_FAILED';
  const message =
    code === 'OUT_OF_STOCK'
      ? 'Some items are no longer in stock in the quantity ordered; the order was cancelled.'
      : `The order could not be completed (${code}) and was cancelled.`;
  return { order, userErrors: [userError(code, message)] };
}

function replayOutcome(existing: OrderRecord, cartId: string): OrderOutcome {
  if (decideReplay(existing, cartId) === 'replay') return succeeded(existing);
  return rejected({
    code: CheckoutErrorCode.IDEMPOTENCY_KEY_REUSED,
    message: 'This idempotency key was already used for another cart; use a new key for a new checkout.',
    field: ['input', 'idempotencyKey'],
  });
}

/**
 * Checkout: validate, read the cart as the caller, freeze prices and address, then create the PENDING order
 * and start its saga in one transaction. The unique (customer, idempotency key) makes retries and concurrent
 * duplicates return the one order the first attempt created.
 */
export function createCheckoutService(deps: CheckoutDeps): CheckoutService {
  const placeOrder = async (
    caller: CheckoutCaller,
    request: CheckoutRequest,
    address: ShippingAddress,
    draft: OrderDraft,
    orderId: string,
  ) => {
    const customerId = caller.identity.userId;
    const lines = lineRefs(draft.lines);
    return inTransaction(deps.db, async (tx) => {
      const order = await insertOrder(tx, {
        id: orderId,
        customerId,
        idempotencyKey: request.idempotencyKey,
        cartId: request.cartId,
        shippingAddress: address,
        draft,
        note: PLACED_NOTE,
      });
      const { state, actions } = startSaga(checkoutSaga, {
        orderId,
        lines,
        reservationTtlSeconds: deps.reservationTtlSeconds,
      });
      await insertSaga(tx, orderId, state);
      await publishEvent(tx, 'order.placed', {
        orderId,
        customerId,
        lines,
        total: draft.total,
        currency: draft.currency,
      });
      await performSagaActions(tx, { id: orderId, customerId, status: order.status }, actions);
      return order;
    });
  };

  return {
    async checkout(caller, request) {
      if (caller.identity.kind !== 'user') throw forbidden('Only customers can check out');
      checkShape(request);
      const address = checkShippingAddress(request.shippingAddress, ['input', 'shippingAddress']);
      if (!address.ok) return rejected(...address.problems);

      const customerId = caller.identity.userId;
      const earlier = await findByIdempotencyKey(deps.db, customerId, request.idempotencyKey);
      if (earlier) return replayOutcome(earlier, request.cartId);

      const cart = await deps.carts.readCart(request.cartId, caller.accessToken, caller.requestId);
      if (!cart)
        return rejected({
          code: CheckoutErrorCode.CART_NOT_FOUND,
          message: 'No such cart.',
          field: ['input', 'cartId'],
        });
      const snapshot = snapshotCart(cart);
      if (!snapshot.ok) return rejected(snapshot.problem);

      const orderId = randomUUID();
      const watch = deps.settlement
        ? await watchSettlement({ ...deps.settlement, load: (id) => findOrder(deps.db, id) }, orderId)
        : null;
      try {
        const order = await placeOrder(caller, request, address.address, snapshot.draft, orderId);
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
