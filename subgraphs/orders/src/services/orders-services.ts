import type { Redis } from 'ioredis';
import type { CheckoutReader } from '../clients/checkout-read.client';
import type { OrdersDb } from '../data/database';
import { createCancelOrderService, type CancelOrderService } from './cancel-order.service';
import { createCloseReturnService, type CloseReturnService } from './close-return.service';
import { createCheckoutService, type CheckoutDeps, type CheckoutService } from './checkout.service';
import { createCheckoutSummaryService, type CheckoutSummaryService } from './checkout-summary.service';
import { createCheckoutTax } from './checkout-tax';
import { withOrderAccessTokens, type GuestAwareCheckout } from './guest-checkout';
import { createGuestLookupThrottle } from './guest-lookup-throttle';
import { createGuestOrders, type GuestLookupLimits, type GuestOrders } from './guest-orders.service';
import { createDeadLetterService, type DeadLetterService } from './dead-letters.service';
import { createOrderEventsService, type OrderEventsService } from './order-events.service';
import { createOrderQueries, type OrderQueries } from './order-queries.service';
import { createRequestReturnService, type RequestReturnService } from './request-return.service';
import { createRetryPaymentService, type RetryPaymentService } from './retry-payment.service';
import { createReturnQueries, type ReturnQueries } from './return-queries.service';
import { createReviewReturnService, type ReviewReturnService } from './review-return.service';
import { createTaxRatesService, type TaxRatesService } from './tax-rates.service';

export interface OrdersServices {
  checkout: GuestAwareCheckout;
  checkoutSummary: CheckoutSummaryService;
  taxRates: TaxRatesService;
  guestOrders: GuestOrders;
  cancellation: CancelOrderService;
  paymentRetries: RetryPaymentService;
  queries: OrderQueries;
  events: OrderEventsService;
  deadLetters: DeadLetterService;
  returnRequests: RequestReturnService;
  returnReviews: ReviewReturnService;
  returnClosures: CloseReturnService;
  returns: ReturnQueries;
}

export interface OrdersServiceDeps {
  db: OrdersDb;
  reads: CheckoutReader;
  queueConnection: Redis;
  queuePrefix: string;
  reservationTtlSeconds: number;
  returnWindowDays: number;
  settlement?: CheckoutDeps['settlement'];
  /** Failed guest order lookups allowed in a window; see DEFAULT_GUEST_LOOKUP_LIMIT. */
  guestLookupLimit?: GuestLookupLimit;
  /** How many days a guest's order access token opens the order; default 30. */
  orderAccessTokenTtlDays?: number;
  /** Tells live subscribers that an order changed; called after the change committed. */
  notify: (orderId: string) => Promise<void>;
}

/**
 * Failed guest order lookups allowed per order number and per email, and per client address (which may be
 * shared by a household or an office, hence the higher ceiling), in a window of windowSeconds.
 */
export interface GuestLookupLimit extends GuestLookupLimits {
  windowSeconds: number;
}

export const DEFAULT_GUEST_LOOKUP_LIMIT: GuestLookupLimit = {
  maxFailures: 5,
  maxFailuresPerAddress: 20,
  windowSeconds: 900,
};

export const DEFAULT_ORDER_ACCESS_TOKEN_TTL_DAYS = 30;

export function createOrdersServices(deps: OrdersServiceDeps): OrdersServices {
  const taxes = createCheckoutTax(deps.db);
  const lookupLimit = deps.guestLookupLimit ?? DEFAULT_GUEST_LOOKUP_LIMIT;
  const guestOrders = createGuestOrders({
    db: deps.db,
    notify: deps.notify,
    limits: lookupLimit,
    accessTokenTtlMs: (deps.orderAccessTokenTtlDays ?? DEFAULT_ORDER_ACCESS_TOKEN_TTL_DAYS) * 86_400_000,
    throttle: createGuestLookupThrottle(deps.queueConnection, {
      windowSeconds: lookupLimit.windowSeconds,
      keyPrefix: `${deps.queuePrefix}:orders:guest-lookup:`,
    }),
  });
  const checkout: CheckoutService = createCheckoutService({
    db: deps.db,
    reads: deps.reads,
    taxes,
    reservationTtlSeconds: deps.reservationTtlSeconds,
    ...(deps.settlement ? { settlement: deps.settlement } : {}),
  });
  return {
    checkout: withOrderAccessTokens(checkout, guestOrders),
    checkoutSummary: createCheckoutSummaryService({ reads: deps.reads, taxes }),
    taxRates: createTaxRatesService(deps.db),
    guestOrders,
    cancellation: createCancelOrderService(deps.db, deps.notify),
    paymentRetries: createRetryPaymentService({
      db: deps.db,
      notify: deps.notify,
      ...(deps.settlement ? { settlement: deps.settlement } : {}),
    }),
    queries: createOrderQueries(deps.db),
    events: createOrderEventsService(deps.db, deps.notify),
    deadLetters: createDeadLetterService(deps.queueConnection, deps.queuePrefix),
    returnRequests: createRequestReturnService(deps.db, {
      returnWindowDays: deps.returnWindowDays,
      notify: deps.notify,
    }),
    returnReviews: createReviewReturnService(deps.db, deps.notify),
    returnClosures: createCloseReturnService(deps.db, deps.notify),
    returns: createReturnQueries(deps.db),
  };
}
