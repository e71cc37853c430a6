import { Arg, Field, ID, ObjectType } from 'type-graphql';
import type { OrderUpdate, OrderUpdates } from '../live/order-updates';
import type { OrdersContext } from './context';
import { assertMayWatch, orderFor } from './order-access';
import { Order } from './order.type';

/**
 * The Subscription root, declared as a plain object type so that it appears in the federated SDL: the kit
 * builds its schema without a PubSub, and type-graphql's @Subscription requires one. The field's behaviour
 * comes from `orderSubscriptionResolvers`, merged over it by the kit.
 */
@ObjectType('Subscription', { description: 'Live updates over graphql-ws.' })
export class SubscriptionRoot {
  @Field(() => Order, {
    nullable: true,
    description:
      'The order each time it changes (its customer, administrators, or a guest with the order’s access token).',
  })
  orderUpdated(
    @Arg('orderId', () => ID, { description: 'The order to watch.' }) _orderId: string,
    @Arg('accessToken', () => String, {
      nullable: true,
      description: 'For guests: CheckoutPayload.orderAccessToken of this order.',
    })
    _accessToken?: string | null,
  ): Order | null {
    throw new Error('orderUpdated is served by its subscribe resolver');
  }
}

export function orderSubscriptionResolvers(updates: OrderUpdates) {
  return {
    Subscription: {
      orderUpdated: {
        async subscribe(
          _root: unknown,
          args: { orderId: string; accessToken?: string | null },
          ctx: OrdersContext,
        ): Promise<AsyncIterableIterator<OrderUpdate>> {
          await assertMayWatch(ctx, args.orderId, args.accessToken);
          return updates.subscribe(args.orderId);
        },
        async resolve(
          update: OrderUpdate,
          args: { accessToken?: string | null },
          ctx: OrdersContext,
        ): Promise<Order | null> {
          const order = await ctx.services.queries.current(update.orderId);
          if (!order) return null;
          const watcher = await assertMayWatch(ctx, update.orderId, args.accessToken);
          return orderFor(order, watcher);
        },
      },
    },
  };
}
