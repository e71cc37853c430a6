import { forbidden, notFound, requireIdentity } from '@msa/subgraph-kit';
import type { OrderRecord } from '../domain/order';
import type { OrderActor, OrderTokenHolder } from '../domain/order-actor';
import type { OrdersContext } from './context';
import { toOrder } from './order.mapper';
import type { Order } from './order.type';

/**
 * The order as answered to this caller; `openedWithAccessToken` tells payments and shipping (which @require
 * it) that orders let a guest in with the order's access token.
 */
export function orderFor(record: OrderRecord, actor: OrderActor | null): Order {
  return Object.assign(toOrder(record), { openedWithAccessToken: actor?.kind === 'order-token' });
}

/**
 * The holder of this order's access token, when the caller presented one that opens it. An anonymous caller
 * whose token does not open the order is FORBIDDEN, whether or not the order exists; a signed-in caller falls
 * back to their identity.
 */
async function tokenHolder(
  ctx: OrdersContext,
  orderId: string,
  accessToken: string | null | undefined,
): Promise<OrderTokenHolder | null> {
  if (!accessToken) return null;
  if (await ctx.services.guestOrders.accessTokenOpens(orderId, accessToken))
    return { kind: 'order-token', orderId };
  if (!ctx.identity) throw forbidden('This access token does not open this order');
  return null;
}

/**
 * The order for whoever may see it: a holder of an access token issued for it at guest checkout, else its
 * customer or staff (NOT_FOUND / FORBIDDEN as before).
 */
export async function orderForCaller(
  ctx: OrdersContext,
  id: string,
  accessToken: string | null | undefined,
): Promise<Order> {
  const holder = await tokenHolder(ctx, id, accessToken);
  if (holder) {
    const order = await ctx.services.queries.current(id);
    if (!order) throw notFound('Order');
    return orderFor(order, holder);
  }
  return orderFor(await ctx.services.queries.order(requireIdentity(ctx), id), null);
}

/**
 * Who changes the order (cancelOrder, retryPayment): the holder of its access token, else the signed-in
 * caller, whose rights the service checks against the order.
 */
export async function orderActor(
  ctx: OrdersContext,
  orderId: string,
  accessToken: string | null | undefined,
): Promise<OrderActor> {
  return (await tokenHolder(ctx, orderId, accessToken)) ?? requireIdentity(ctx);
}

/**
 * Live updates: the same rule, except that staff who are not administrators may not watch others' orders.
 * Answers who watches.
 */
export async function assertMayWatch(
  ctx: OrdersContext,
  orderId: string,
  accessToken: string | null | undefined,
): Promise<OrderActor> {
  const holder = await tokenHolder(ctx, orderId, accessToken);
  if (holder) return holder;
  const viewer = requireIdentity(ctx);
  const order = await ctx.services.queries.current(orderId);
  if (!order) throw notFound('Order');
  if (order.customerId !== viewer.userId && viewer.role !== 'ADMIN')
    throw forbidden('Only the customer or an administrator may watch this order');
  return viewer;
}
