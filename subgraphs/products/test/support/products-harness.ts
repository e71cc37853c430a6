import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createQueue } from '@msa/events';
import type { RunningSubgraph } from '@msa/subgraph-kit';
import {
  bootSubgraphHarness,
  closeInOrder,
  graphqlEndpoint,
  type GraphQLResponse,
  type TestDatabase,
  type TestKeys,
  type TestQueues,
} from '@msa/testing';
import { createProductsSubgraph } from '../../src/app';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));
export const PUBLIC_BASE_URL = 'http://shop.test';

/** One products subgraph on a throwaway database and media folder, with tokens for each kind of caller. */
export interface ProductsHarness {
  server: RunningSubgraph;
  baseUrl: string;
  database: TestDatabase;
  sql: pg.Pool;
  mediaDir: string;
  keys: TestKeys;
  /** The queues of the subscribers to products' events; the relay publishes there only with `relay`. */
  queues: TestQueues;
  adminToken: string;
  staffToken: string;
  customerToken: string;
  /** SQL statements seen since the last `queries.length = 0`. */
  queries: string[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Runs an operation that must succeed, as admin unless another token is given. */
  admin<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** With `relay`, the outbox relay runs too and publishes to the harness's `queues`. */
export async function startProductsHarness(
  options: { maxImageBytes?: number; relay?: boolean } = {},
): Promise<ProductsHarness> {
  const mediaDir = await mkdtemp(join(tmpdir(), 'products-media-'));
  const removeMediaDir = () => rm(mediaDir, { recursive: true, force: true });
  const queries: string[] = [];
  const booted = await bootSubgraphHarness({
    name: 'products',
    migrations: MIGRATIONS_DIR,
    openQueue: createQueue,
    client: (url) => new pg.Pool({ connectionString: url, max: 2 }),
    start: ({ redisUrl, queuePrefix, ...common }) =>
      createProductsSubgraph({
        ...common,
        host: '127.0.0.1',
        mediaDir,
        publicBaseUrl: PUBLIC_BASE_URL,
        ...(options.maxImageBytes && { maxImageBytes: options.maxImageBytes }),
        ...(options.relay && { redisUrl, queuePrefix }),
        onQuery: (sql) => queries.push(sql),
      }),
  }).catch(async (error: unknown) => {
    await removeMediaDir();
    throw error;
  });
  const { subgraph: server, client: sql, database, keys, queues } = booted;
  const adminToken = await keys.tokenFor('ADMIN');
  const { gql, data } = graphqlEndpoint(server.url);
  return {
    server,
    baseUrl: server.url.replace(/\/graphql$/, ''),
    database,
    sql,
    mediaDir,
    keys,
    queues,
    adminToken,
    staffToken: await keys.tokenFor('STAFF'),
    customerToken: await keys.tokenFor('CUSTOMER'),
    queries,
    gql,
    admin: <T>(query: string, variables: Record<string, unknown> = {}) =>
      data<T>(query, variables, adminToken),
    stop: () => closeInOrder(booted.close, removeMediaDir),
  };
}

export interface CreatedProduct {
  id: string;
  slug: string;
  variants: { id: string; sku: string }[];
}

export const CREATE_PRODUCT = `mutation($input: CreateProductInput!) {
  createProduct(input: $input) {
    product { id slug variants { id sku } }
    userErrors { code field message }
  }
}`;

/** Creates a product as admin and fails the test if it was refused. */
export async function createProduct(
  harness: ProductsHarness,
  input: Record<string, unknown>,
): Promise<CreatedProduct> {
  const data = await harness.admin<{
    createProduct: { product: CreatedProduct | null; userErrors: unknown[] };
  }>(CREATE_PRODUCT, { input });
  if (!data.createProduct.product)
    throw new Error(`createProduct refused: ${JSON.stringify(data.createProduct.userErrors)}`);
  return data.createProduct.product;
}

export async function createCategory(
  harness: ProductsHarness,
  input: Record<string, unknown>,
): Promise<{ id: string; slug: string }> {
  const data = await harness.admin<{
    createCategory: { category: { id: string; slug: string } | null; userErrors: unknown[] };
  }>(
    `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { category { id slug } userErrors { code message } } }`,
    { input },
  );
  if (!data.createCategory.category)
    throw new Error(`createCategory refused: ${JSON.stringify(data.createCategory.userErrors)}`);
  return data.createCategory.category;
}

/** A single-variant product input, enough for most tests. */
export function simpleProduct(
  name: string,
  price: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const sku = `${name.toUpperCase().replace(/[^A-Z0-9]+/g, '-')}-${Math.random().toString(36).slice(2, 7).toUpperCase()}`;
  return { name, status: 'ACTIVE', variants: [{ sku, price }], ...extra };
}
