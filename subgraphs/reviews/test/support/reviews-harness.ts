import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '@msa/auth';
import { createQueue, eventQueueName, type EventName, type EventPayloads } from '@msa/events';
import { createLogger } from '@msa/subgraph-kit';
import {
  bootSubgraphHarness,
  expectData,
  graphqlEndpoint,
  outboxPayloads,
  type GraphQLResponse,
  type TestKeys,
  type TestQueues,
} from '@msa/testing';
import { createReviewsSubgraph } from '../../src/app';
import { database as reviewsDatabase, type ReviewsDb } from '../../src/data/database';

export const REVIEW_FIELDS = `id rating title body status verifiedPurchase helpfulCount createdAt
  dimensions { quality value delivery } author { id } product { id } moderation { reasons note decidedAt }`;

export interface ReviewView {
  id: string;
  rating: number;
  title: string | null;
  body: string | null;
  status: 'PENDING' | 'PUBLISHED' | 'REJECTED';
  verifiedPurchase: boolean;
  helpfulCount: number;
  createdAt: string;
  dimensions: { quality: number | null; value: number | null; delivery: number | null };
  author: { id: string };
  product: { id: string };
  moderation: { reasons: string[]; note: string | null; decidedAt: string | null } | null;
}

export interface UserErrorView {
  code: string;
  field: string[] | null;
  message: string;
}

export interface ReviewPayloadView {
  review: ReviewView | null;
  userErrors: UserErrorView[];
}

export interface RatingView {
  average: number | null;
  bayesianAverage: number;
  count: number;
  distribution: { rating: number; count: number }[];
}

export interface Person {
  userId: string;
  token: string;
}

export interface ReviewInputView {
  rating: number;
  title?: string | null;
  body?: string | null;
  dimensions?: { quality?: number | null; value?: number | null; delivery?: number | null } | null;
}

const CREATE = `mutation($productId: ID!, $input: ReviewInput!) {
  createReview(productId: $productId, input: $input) { review { ${REVIEW_FIELDS} } userErrors { code field message } }
}`;
const MODERATE = `mutation($id: ID!, $decision: ReviewModerationDecision!, $note: String) {
  moderateReview(id: $id, decision: $decision, note: $note) { review { ${REVIEW_FIELDS} } userErrors { code field message } }
}`;
const ENTITIES_RATING = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on Product { id rating { average bayesianAverage count distribution { rating count } } } }
}`;

export interface ReviewsHarness {
  url: string;
  keys: TestKeys;
  db: ReviewsDb;
  /** The subgraph's queues, for a test that plays the other services. */
  queues: TestQueues;
  queuePrefix: string;
  person(role?: Role): Promise<Person>;
  gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Sends an event through the real `events.reviews` queue and waits until the worker processed it. */
  deliver<E extends EventName>(
    name: E,
    payload: EventPayloads[E],
    options?: { id?: string },
  ): Promise<string>;
  /** A product the catalog announced (one variant); returns the product and variant ids. */
  announceProduct(productId?: string): Promise<{ productId: string; variantId: string }>;
  placeOrder(customerId: string, variantIds: string[]): Promise<string>;
  changeOrderStatus(orderId: string, customerId: string, to: string): Promise<void>;
  createReview(token: string, productId: string, input: ReviewInputView): Promise<ReviewPayloadView>;
  moderate(
    token: string,
    id: string,
    decision: 'APPROVE' | 'REJECT',
    note?: string,
  ): Promise<ReviewPayloadView>;
  rating(productId: string, token?: string): Promise<RatingView>;
  /** Payloads of the events this service wrote to its outbox, oldest first. */
  outboxEvents<E extends EventName>(name: E): Promise<EventPayloads[E][]>;
  close(): Promise<void>;
}

/** One throwaway database, a unique queue prefix on the real Redis, and the reviews subgraph on port 0. */
export async function startReviewsHarness(): Promise<ReviewsHarness> {
  const booted = await bootSubgraphHarness({
    name: 'reviews',
    migrations: new URL('../../prisma/migrations', import.meta.url),
    openQueue: createQueue,
    client: (url) => reviewsDatabase.connect(url, { poolSize: 2 }),
    start: (common) => createReviewsSubgraph({ ...common, logger: createLogger('reviews-test', 'silent') }),
  });
  const { subgraph, keys, queues, client: db } = booted;
  const queuePrefix = queues.prefix;

  const harness: ReviewsHarness = {
    url: subgraph.url,
    keys,
    db,
    queues,
    queuePrefix,
    person: (role) => keys.person(role),
    gql: graphqlEndpoint(subgraph.url).gql,
    deliver: (name, payload, options) => queues.deliver(eventQueueName('reviews'), name, payload, options),
    async announceProduct(productId = `prod_${randomBytes(4).toString('hex')}`) {
      const variantId = `var_${randomBytes(4).toString('hex')}`;
      await harness.deliver('product.variant.changed', {
        variantId,
        productId,
        sku: `SKU-${variantId}`,
        price: 2500,
        currency: 'USD',
        purchasable: true,
        weightGrams: 300,
      });
      return { productId, variantId };
    },
    async placeOrder(customerId, variantIds) {
      const orderId = randomUUID();
      await harness.deliver('order.placed', {
        orderId,
        customerId,
        lines: variantIds.map((variantId) => ({ variantId, quantity: 1 })),
        total: 2500 * variantIds.length,
        currency: 'USD',
      });
      return orderId;
    },
    async changeOrderStatus(orderId, customerId, to) {
      await harness.deliver('order.status_changed', { orderId, customerId, from: 'PENDING', to, note: null });
    },
    async createReview(token, productId, input) {
      return expectData(
        await harness.gql<{ createReview: ReviewPayloadView }>(CREATE, { productId, input }, token),
      ).createReview;
    },
    async moderate(token, id, decision, note) {
      return expectData(
        await harness.gql<{ moderateReview: ReviewPayloadView }>(MODERATE, { id, decision, note }, token),
      ).moderateReview;
    },
    async rating(productId, token) {
      const data = expectData(
        await harness.gql<{ _entities: { rating: RatingView }[] }>(
          ENTITIES_RATING,
          { r: [{ __typename: 'Product', id: productId }] },
          token,
        ),
      );
      return data._entities[0]!.rating;
    },
    outboxEvents: <E extends EventName>(name: E) =>
      outboxPayloads<EventPayloads[E]>(db, { kind: 'event', name }),
    close: booted.close,
  };
  return harness;
}

export function codes(payload: { userErrors: UserErrorView[] }): string[] {
  return payload.userErrors.map((error) => error.code);
}
