import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { ShippingService } from '../domain/rate-table';
import type { ShipmentRecord } from '../domain/shipment';
import type { ShipmentStatus } from '../domain/shipment-status';
import { ShipmentStatusEnum, ShippingServiceEnum } from './enums';

@ObjectType('ShipmentEvent', { description: 'One entry of a tracking timeline.' })
export class ShipmentEvent {
  @Field(() => ShipmentStatusEnum, { description: 'The status the shipment entered.' })
  status!: ShipmentStatus;

  @Field(() => Date, { description: 'When.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Where the carrier scanned the parcel, when known.' })
  location!: string | null;
}

/** No customer data: the same object is served publicly by trackShipment. */
@Directive('@key(fields: "id")')
@ObjectType('Shipment', { description: 'The parcel of an order on its way to the customer.' })
export class Shipment {
  @Field(() => ID, { description: 'Opaque shipment id.' })
  id!: string;

  @Field(() => String, { description: 'Carrier that delivers it.' })
  carrier!: string;

  @Field(() => ShippingServiceEnum, { description: 'Service level it travels by.' })
  service!: ShippingService;

  @Field(() => String, { description: "The carrier's tracking number; look it up with trackShipment." })
  trackingNumber!: string;

  @Field(() => ShipmentStatusEnum, { description: 'Where it is now.' })
  status!: ShipmentStatus;

  @Field(() => [ShipmentEvent], { description: 'Every status it has been in, oldest first.' })
  events!: ShipmentEvent[];

  @Field(() => Date, { description: 'Latest day the service promises delivery.' })
  estimatedDelivery!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was delivered; null until then.' })
  deliveredAt!: Date | null;

  @Field(() => Date, { description: 'When the label was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When its status last changed.' })
  updatedAt!: Date;
}

export function toShipment(record: ShipmentRecord): Shipment {
  return Object.assign(new Shipment(), {
    id: record.id,
    carrier: record.carrier,
    service: record.service,
    trackingNumber: record.trackingNumber,
    status: record.status,
    events: record.events.map((event) => Object.assign(new ShipmentEvent(), event)),
    estimatedDelivery: record.estimatedDelivery,
    deliveredAt: record.deliveredAt,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  });
}
