import { buildFederatedSchema } from '@msa/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { ShippingContext } from './context';
import { OrderShipmentResolver } from './order-shipment.resolver';
import { Order, resolveOrderReference } from './order.type';
import { ShipmentResolver, resolveShipmentReference } from './shipment.resolver';
import { ShippingRatesResolver } from './shipping-rates.resolver';
import { UpdateShipmentStatusResolver } from './update-shipment-status.resolver';

export function buildShippingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<ShippingContext>({
    resolvers: [ShippingRatesResolver, ShipmentResolver, OrderShipmentResolver, UpdateShipmentStatusResolver],
    orphanedTypes: [Order],
    referenceResolvers: { Shipment: resolveShipmentReference, Order: resolveOrderReference },
  });
}
