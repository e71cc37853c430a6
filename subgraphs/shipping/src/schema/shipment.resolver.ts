import { badUserInput } from '@msa/subgraph-kit';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { MalformedTrackingNumberError, shipmentById, trackShipment } from '../services/shipment-queries';
import type { ShippingContext } from './context';
import { Shipment, toShipment } from './shipment.type';

const MAX_TRACKING_INPUT = 64;

@Resolver(() => Shipment)
export class ShipmentResolver {
  @Query(() => Shipment, {
    nullable: true,
    description:
      'Follows a parcel by its tracking number; no sign-in needed. Null when no shipment has that number.',
  })
  async trackShipment(
    @Arg('trackingNumber', () => String, {
      description: 'As printed, e.g. PNS48213977612345679; spaces and dashes are ignored.',
    })
    trackingNumber: string,
    @Ctx() ctx: ShippingContext,
  ): Promise<Shipment | null> {
    if (trackingNumber.length > MAX_TRACKING_INPUT)
      throw badUserInput('This is not a tracking number: it is too long.', ['trackingNumber']);
    try {
      const shipment = await trackShipment(ctx.deps, trackingNumber);
      return shipment ? toShipment(shipment) : null;
    } catch (error) {
      if (error instanceof MalformedTrackingNumberError)
        throw badUserInput(error.message, ['trackingNumber']);
      throw error;
    }
  }
}

/** Shipment entity references: the order's customer and staff only. */
export async function resolveShipmentReference(
  reference: { id: string },
  ctx: ShippingContext,
): Promise<Shipment | null> {
  const shipment = await shipmentById(ctx.deps, ctx.loaders, ctx.identity, reference.id);
  return shipment ? toShipment(shipment) : null;
}
