import { forbidden, notFound, requireIdentity } from '@msa/subgraph-kit';
import type { OrderRecord } from '../domain/order';
import type { OrdersContext } from './context';

/**
 * The order for whoever may see it: a holder of an access token issued for it at guest checkout, else its
 * customer or staff (NOT_FOUND / FORBIDDEN as before). An anonymous caller whose token does not open the order
 * is FORBIDDEN, whether or not the order exists.
 */
export async function orderForCaller(
  ctx: OrdersContext,
  id: string,
  accessToken: string | null | undefined,
): Promise<OrderRecord> {
  if (accessToken && (await ctx.services.guestOrders.accessTokenOpens(id, accessToken))) {
    const order = await ctx.services.queries.current(id);
    if (!order) throw notFound('Order');
    return order;
  }
  if (accessToken && !ctx.identity) throw forbidden('This access token does not open this order');
  return ctx.services.queries.order(requireIdentity(ctx), id);
}

/** Live updates: the same rule, except that staff who are not administrators may not watch others' orders. */
export async function assertMayWatch(
  ctx: OrdersContext,
  orderId: string,
  accessToken: string | null | undefined,
): Promise<void> {
  if (accessToken && (await ctx.services.guestOrders.accessTokenOpens(orderId, accessToken))) return;
  if (accessToken && !ctx.identity) throw forbidden('This access token does not open this order');
  const viewer = requireIdentity(ctx);
  const order = await ctx.services.queries.current(orderId);
  if (!order) throw notFound('Order');
  if (order.customerId !== viewer.userId && viewer.role !== 'ADMIN')
    throw forbidden('Only the customer or an administrator may watch this order');
}
