import { ConnectionType, requireIdentity, requireStaff } from '@msa/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ReturnRecord } from '../domain/return';
import type { OrdersContext } from './context';
import { keysetConnection } from './keyset-connection';
import { loadVisibleOrder } from './order.resolver';
import { Order } from './order.type';
import { toReturn } from './return.mapper';
import { Return, ReturnsFilter } from './return.type';

export const ReturnConnection = ConnectionType(Return, 'Return', 'A page of returns, newest first.');

@Resolver(() => Return)
export class ReturnResolver {
  @Query(() => Return, { nullable: true, description: 'One return, for its customer or staff.' })
  async orderReturn(
    @Arg('id', () => ID, { description: 'The return id.' }) id: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<Return> {
    return toReturn(await ctx.services.returns.entry(requireIdentity(ctx), id));
  }

  @Query(() => ReturnConnection, { description: 'All returns, newest first (staff only).' })
  async returns(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100.' }) first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last return of the previous page.',
    })
    after: string | null,
    @Arg('filter', () => ReturnsFilter, { nullable: true, description: 'Status to list.' })
    filter: ReturnsFilter | null,
    @Ctx() ctx: OrdersContext,
  ) {
    requireStaff(ctx);
    const status = filter?.status ? { status: filter.status } : {};
    return keysetConnection(
      first,
      after,
      (take, cursor) => ctx.services.returns.page(status, take, cursor),
      toReturn,
    );
  }

  @FieldResolver(() => Order, { description: 'The order the items come from.' })
  order(@Root() entry: Return, @Ctx() ctx: OrdersContext): Promise<Order> {
    return loadVisibleOrder(ctx, entry.orderId);
  }
}

@Resolver(() => Order)
export class OrderReturnsResolver {
  @FieldResolver(() => [Return], { description: 'Returns of this order, oldest first.' })
  async returns(@Root() order: Order, @Ctx() ctx: OrdersContext): Promise<Return[]> {
    const entries = await ctx.loaders
      .get<string, ReturnRecord[]>('ReturnsOfOrder', (ids) => ctx.services.returns.ofOrders(ids))
      .load(order.id);
    return entries.map(toReturn);
  }
}
