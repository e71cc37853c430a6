import { ConnectionType, requireIdentity, requireStaff } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Int, Query, Resolver } from 'type-graphql';
import type { OrderListFilter } from '../data/order-list.repo';
import type { OrderRecord } from '../domain/order';
import { parseOrderNumber } from '../domain/order-number';
import type { OrderStatus as OrderStatusName } from '../domain/order-status';
import type { OrdersContext } from './context';
import { keysetConnection } from './keyset-connection';
import { orderForCaller } from './order-access';
import { toOrder } from './order.mapper';
import { OrderStatus } from './order-status.enum';
import { Order } from './order.type';

export const OrderConnection = ConnectionType(Order, 'Order', 'A page of orders, newest first.');

@InputType('OrdersFilter', { description: 'Narrows the admin order list.' })
export class OrdersFilter {
  @Field(() => OrderStatus, { nullable: true, description: 'Only orders in this status.' })
  status?: OrderStatusName | null;

  @Field(() => Date, { nullable: true, description: 'Placed at or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Placed before this time.' })
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Only orders of this customer (a user id).' })
  customerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The order with this number, e.g. MSA-100042 (or 100042); no match for anything else.',
  })
  number?: string | null;
}

function orderPage(
  ctx: OrdersContext,
  filter: OrderListFilter,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  return keysetConnection(
    first,
    after,
    (take, cursor) => ctx.services.queries.page(filter, take, cursor),
    toOrder,
  );
}

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, {
    nullable: true,
    description: 'One order, for its customer or staff, or a guest holding the order’s access token.',
  })
  async order(
    @Arg('id', () => ID, { description: 'The order id.' }) id: string,
    @Arg('accessToken', () => String, {
      nullable: true,
      description: 'For guests: CheckoutPayload.orderAccessToken of this order.',
    })
    accessToken: string | null | undefined,
    @Ctx() ctx: OrdersContext,
  ): Promise<Order> {
    return orderForCaller(ctx, id, accessToken);
  }

  @Query(() => OrderConnection, { description: 'The signed-in customer’s orders, newest first.' })
  async myOrders(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100.' }) first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last order of the previous page.',
    })
    after: string | null,
    @Ctx() ctx: OrdersContext,
  ) {
    const viewer = requireIdentity(ctx);
    return orderPage(ctx, { customerId: viewer.userId }, first, after);
  }

  @Query(() => OrderConnection, { description: 'All orders, newest first (staff only).' })
  async orders(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100.' }) first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last order of the previous page.',
    })
    after: string | null,
    @Arg('filter', () => OrdersFilter, {
      nullable: true,
      description: 'Status, time window, customer and order number.',
    })
    filter: OrdersFilter | null,
    @Ctx() ctx: OrdersContext,
  ) {
    requireStaff(ctx);
    return orderPage(
      ctx,
      {
        ...(filter?.status ? { status: filter.status } : {}),
        ...(filter?.from ? { from: filter.from } : {}),
        ...(filter?.to ? { to: filter.to } : {}),
        ...(filter?.customerId ? { customerId: filter.customerId } : {}),
        ...(filter?.number != null ? { number: parseOrderNumber(filter.number) ?? -1 } : {}),
      },
      first,
      after,
    );
  }
}

/** An order the caller may see, batched per request; FORBIDDEN / NOT_FOUND otherwise. */
export function loadVisibleOrder(ctx: OrdersContext, id: string): Promise<Order> {
  const viewer = requireIdentity(ctx);
  return ctx.loaders
    .get<string, OrderRecord>('Order', (ids) => ctx.services.queries.visibleOrders(viewer, ids))
    .load(id)
    .then(toOrder);
}

/** `_entities` for Order: batched per request, and only orders the caller may see. */
export function resolveOrderReference(reference: { id: string }, ctx: OrdersContext): Promise<Order | null> {
  return loadVisibleOrder(ctx, reference.id);
}
