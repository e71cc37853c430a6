import { buildFederatedSchema } from '@msa/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { OrderUpdates } from '../live/order-updates';
import { CancelOrderResolver } from './cancel-order.resolver';
import { CheckoutResolver } from './checkout.resolver';
import { CheckoutSummaryResolver } from './checkout-summary.resolver';
import type { OrdersContext } from './context';
import { DeadLetterResolver } from './dead-letter.resolver';
import { ProductVariantRef, UserRef } from './entity-stubs';
import { GuestOrderResolver } from './guest-order.resolver';
import { OrderResolver, resolveOrderReference } from './order.resolver';
import { orderSubscriptionResolvers, SubscriptionRoot } from './order-subscription';
import { RetryPaymentResolver } from './retry-payment.resolver';
import { ReturnMutationsResolver } from './return-mutations.resolver';
import { OrderReturnsResolver, ReturnResolver } from './return.resolver';
import { SalesStatsResolver } from './sales-stats.resolver';
import { TaxRateResolver } from './tax-rate.resolver';

/**
 * The orders schema. `updates` feeds `Subscription.orderUpdated` in a running service; without it the
 * schema is complete for printing its SDL (`npm run schema`), with no database or Redis.
 */
export function buildOrdersSchema(updates?: OrderUpdates): Promise<GraphQLSchema> {
  return buildFederatedSchema<OrdersContext>({
    resolvers: [
      OrderResolver,
      OrderReturnsResolver,
      CheckoutResolver,
      GuestOrderResolver,
      CancelOrderResolver,
      RetryPaymentResolver,
      ReturnResolver,
      ReturnMutationsResolver,
      SalesStatsResolver,
      DeadLetterResolver,
      CheckoutSummaryResolver,
      TaxRateResolver,
    ],
    orphanedTypes: [UserRef, ProductVariantRef, SubscriptionRoot],
    referenceResolvers: { Order: resolveOrderReference },
    ...(updates ? { extraResolvers: orderSubscriptionResolvers(updates) as never } : {}),
  });
}
