import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { OrdersContext } from './context';
import { orderFor } from './order-access';
import { Order } from './order.type';

@Resolver()
export class GuestOrderResolver {
  @Query(() => Order, {
    nullable: true,
    description:
      'Finds an order placed as a guest by its number and the email given at checkout (any case); anyone may ask. A wrong number and a wrong email both answer null. The order found carries a fresh orderAccessToken. After 5 lookups that found nothing for one number or one email, or 20 from one client address, within 15 minutes, further ones are refused with RATE_LIMITED (extensions.retryAfter in seconds) for the rest of the window.',
  })
  async guestOrder(
    @Arg('number', () => String, { description: 'The order number, e.g. MSA-100042.' }) number: string,
    @Arg('email', () => String, { description: 'The email given at checkout.' }) email: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<Order | null> {
    const order = await ctx.services.guestOrders.lookup(
      number.slice(0, 50),
      email.slice(0, 320),
      ctx.clientAddress,
    );
    if (!order) return null;
    const orderAccessToken = await ctx.services.guestOrders.issueAccessToken(order.id);
    return Object.assign(orderFor(order, { kind: 'order-token', orderId: order.id }), { orderAccessToken });
  }
}
