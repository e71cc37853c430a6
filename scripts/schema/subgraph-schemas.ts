import 'reflect-metadata';
import { join } from 'node:path';
import { graphql, type GraphQLSchema } from 'graphql';
import { SUBGRAPHS } from '@msa/topology';
import { buildCartSchema } from '../../subgraphs/cart/src/schema';
import { buildInventorySchema } from '../../subgraphs/inventory/src/schema';
import { buildNotificationsSchema } from '../../subgraphs/notifications/src/schema';
import { buildOrdersSchema } from '../../subgraphs/orders/src/schema';
import { buildPaymentsSchema } from '../../subgraphs/payments/src/schema';
import { buildProductsSchema } from '../../subgraphs/products/src/schema';
import { buildPromotionsSchema } from '../../subgraphs/promotions/src/schema';
import { buildReviewsSchema } from '../../subgraphs/reviews/src/schema';
import { buildSearchSchema } from '../../subgraphs/search/src/schema';
import { buildShippingSchema } from '../../subgraphs/shipping/src/schema';
import { buildUsersSchema } from '../../subgraphs/users/src/schema';

/**
 * Each subgraph's schema builder (its `src/schema/index.ts`). Building needs no database, Redis or
 * network, so the SDL of every subgraph can be printed and composed offline.
 */
export const SCHEMA_BUILDERS: Record<string, () => Promise<GraphQLSchema>> = {
  users: buildUsersSchema,
  products: buildProductsSchema,
  inventory: buildInventorySchema,
  cart: buildCartSchema,
  orders: () => buildOrdersSchema(),
  payments: buildPaymentsSchema,
  shipping: buildShippingSchema,
  promotions: buildPromotionsSchema,
  reviews: buildReviewsSchema,
  search: buildSearchSchema,
  notifications: () => buildNotificationsSchema(),
};

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** Where a subgraph's SDL is committed: `subgraphs/<name>/schema.graphql`. */
export function subgraphSchemaFile(name: string): string {
  return join(REPO_ROOT, 'subgraphs', name, 'schema.graphql');
}

/** The SDL a running subgraph serves at `_service { sdl }`, computed in process; ends with one newline. */
export async function printSubgraphSdl(name: string): Promise<string> {
  const build = SCHEMA_BUILDERS[name];
  if (!build) throw new Error(`No schema builder for subgraph "${name}"`);
  const result = await graphql({ schema: await build(), source: '{ _service { sdl } }' });
  const sdl = (result.data as { _service?: { sdl?: string } } | null)?._service?.sdl;
  if (!sdl) throw new Error(`Subgraph "${name}" printed no SDL: ${JSON.stringify(result.errors)}`);
  return `${sdl.trimEnd()}\n`;
}

/** Every subgraph of the topology with its freshly printed SDL, in topology order. */
export async function printAllSubgraphSdls(): Promise<{ name: string; sdl: string }[]> {
  const sdls: { name: string; sdl: string }[] = [];
  for (const service of SUBGRAPHS)
    sdls.push({ name: service.name, sdl: await printSubgraphSdl(service.name) });
  return sdls;
}
