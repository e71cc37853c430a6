import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { shipmentOfOrder } from '../services/shipment-queries';
import type { ShippingContext } from './context';
import { Order } from './order.type';
import { Shipment, toShipment } from './shipment.type';

@Resolver(() => Order)
export class OrderShipmentResolver {
  /**
   * Null rather than FORBIDDEN for anyone else: orders already decides who sees the order, and an error here
   * would spoil the whole order response for callers who reach it some other way.
   */
  @FieldResolver(() => Shipment, {
    nullable: true,
    description:
      "The order's shipment once its label is created; for the order's customer, a guest holding the order's access token, and staff; null for anyone else.",
  })
  @Directive('@requires(fields: "openedWithAccessToken")')
  async shipment(@Root() order: Order, @Ctx() ctx: ShippingContext): Promise<Shipment | null> {
    const shipment = await shipmentOfOrder(ctx.deps, ctx.loaders, ctx.identity, order.id, {
      openedWithAccessToken: order.openedWithAccessToken === true,
    });
    return shipment ? toShipment(shipment) : null;
  }
}
