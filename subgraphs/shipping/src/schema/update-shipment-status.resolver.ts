import { badUserInput, notFound, requireAdmin, UserError, userError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { ShipmentStatus } from '../domain/shipment-status';
import { updateShipmentStatus } from '../services/update-shipment-status';
import type { ShippingContext } from './context';
import { ShipmentStatusEnum } from './enums';
import { Shipment, toShipment } from './shipment.type';

@ObjectType('UpdateShipmentStatusPayload', { description: 'Result of updateShipmentStatus.' })
class UpdateShipmentStatusPayload {
  @Field(() => Shipment, {
    nullable: true,
    description: 'The shipment after the change (or as it is, when refused).',
  })
  shipment!: Shipment | null;

  @Field(() => [UserError], {
    description:
      'INVALID_STATUS_TRANSITION when the shipment cannot move to that status (or is to be cancelled: cancel the order instead).',
  })
  userErrors!: UserError[];
}

const MAX_LOCATION = 200;
// Control characters would end up in public tracking pages; nobody types them on purpose.
const CONTROL = /\p{Cc}/u;

function checkLocation(location: string | null | undefined): string | null {
  const trimmed = location?.trim() ?? '';
  if (trimmed === '') return null;
  if (trimmed.length > MAX_LOCATION)
    throw badUserInput(`location must be at most ${MAX_LOCATION} characters.`, ['location']);
  if (CONTROL.test(trimmed)) throw badUserInput('location contains control characters.', ['location']);
  return trimmed;
}

@Resolver()
export class UpdateShipmentStatusResolver {
  @Mutation(() => UpdateShipmentStatusPayload, {
    description:
      'Administrators: records what the carrier reported (in transit, out for delivery, delivered, an exception). Publishes the change, which moves the order to SHIPPED or DELIVERED.',
  })
  async updateShipmentStatus(
    @Arg('shipmentId', () => ID, { description: 'The shipment.' }) shipmentId: string,
    @Arg('status', () => ShipmentStatusEnum, { description: 'The status it entered.' })
    status: ShipmentStatus,
    @Arg('location', () => String, {
      nullable: true,
      description:
        "Where, e.g. 'Sorting hub, Memphis, US' (at most 200 characters); the carrier's usual place when omitted.",
    })
    location: string | null,
    @Ctx() ctx: ShippingContext,
  ): Promise<UpdateShipmentStatusPayload> {
    requireAdmin(ctx);
    const outcome = await updateShipmentStatus(ctx.deps, {
      shipmentId,
      status,
      location: checkLocation(location),
    });
    switch (outcome.kind) {
      case 'not_found':
        throw notFound('Shipment');
      case 'refused':
        return {
          shipment: toShipment(outcome.shipment),
          userErrors: [userError(outcome.code, outcome.message, ['status'])],
        };
      case 'changed':
        return { shipment: toShipment(outcome.shipment), userErrors: [] };
    }
  }
}
