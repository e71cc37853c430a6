import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLDataSource, ServiceMap } from '@apollo/gateway';
import { parse } from 'graphql';
import { createLogger } from '@msa/subgraph-kit';
import type { RouterContext } from '../context';
import { concurrencyLimit } from './concurrency-limit';
import { createEventResolver, type EventResolverOptions } from './resolve-event';
import { sharedEventResolution } from './shared-event-resolution';
import { loadSubscriptionSupergraph, type SubscriptionSupergraph } from './subscription-supergraph';
import { shopSupergraphSdl } from '../../test/support/shop-supergraph';

type Answer = (
  variables: Record<string, unknown>,
  asker: RouterContext,
) => { data?: Record<string, unknown>; errors?: unknown[] };

/** In-memory subgraphs answering entity fetches, recording what they were asked. */
function fakeSubgraphs(answers: Record<string, Answer>) {
  const asked: { subgraph: string; query: string; variables: Record<string, unknown> }[] = [];
  const dataSources: ServiceMap = {};
  for (const [subgraph, answer] of Object.entries(answers)) {
    const source: GraphQLDataSource = {
      async process({ request, context: asker }) {
        const variables = (request.variables ?? {}) as Record<string, unknown>;
        asked.push({ subgraph, query: request.query ?? '', variables });
        return answer(variables, asker as RouterContext) as never;
      },
    };
    dataSources[subgraph] = source;
  }
  return { dataSources, asked };
}

const context = {
  requestId: 'req-1',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  clientIp: '127.0.0.1',
  forwardedFor: '127.0.0.1',
  identity: { userId: 'u1', role: 'CUSTOMER', kind: 'user' },
  authorization: 'Bearer t',
  logger: createLogger('spec', 'silent'),
} satisfies RouterContext;

describe('completing subscription events', () => {
  let shop: SubscriptionSupergraph;
  beforeAll(() => {
    shop = loadSubscriptionSupergraph(shopSupergraphSdl(), new Map());
  });

  const resolverFor = (
    source: string,
    dataSources: ServiceMap,
    variables: Record<string, unknown> = {},
    more: Partial<EventResolverOptions> = {},
  ) => {
    const document = parse(source);
    return createEventResolver({
      supergraph: { ...shop, dataSources },
      plan: shop.plan(document, source),
      document,
      source,
      operationName: undefined,
      variables,
      context,
      entityFetchLimit: concurrencyLimit(4),
      ...more,
    });
  };

  it('fetches fields owned by other subgraphs for each event and shapes the client result', async () => {
    const { dataSources, asked } = fakeSubgraphs({
      orders: () => {
        throw new Error('the owner is not called again: its part is the event');
      },
      users: () => ({ data: { _entities: [{ email: 'ada@example.com' }] } }),
      payments: () => ({ data: { _entities: [{ payment: { status: 'CAPTURED' } }] } }),
    });
    const resolver = resolverFor(
      `subscription($id: ID!) { orderUpdated(orderId: $id) {
         id state: status customer { email } payment { status } } }`,
      dataSources,
      { id: 'o1' },
    );
    const result = await resolver.resolve({
      data: {
        orderUpdated: {
          __typename: 'Order',
          id: 'o1',
          state: 'PAID',
          customer: { __typename: 'User', id: 'u1' },
        },
      },
    });
    expect(result).toEqual({
      data: {
        orderUpdated: {
          id: 'o1',
          state: 'PAID',
          customer: { email: 'ada@example.com' },
          payment: { status: 'CAPTURED' },
        },
      },
    });
    const bySubgraph = [...asked].sort((a, b) => a.subgraph.localeCompare(b.subgraph));
    expect(bySubgraph.map((a) => [a.subgraph, { ...a.variables }.representations])).toEqual([
      ['payments', [{ __typename: 'Order', id: 'o1' }]],
      ['users', [{ __typename: 'User', id: 'u1' }]],
    ]);
  });

  it("passes an owner's refusal through without fetching anything", async () => {
    const { dataSources, asked } = fakeSubgraphs({ users: () => ({ data: { _entities: [] } }) });
    const resolver = resolverFor(
      'subscription { orderUpdated(orderId: "o9") { customer { email } } }',
      dataSources,
    );
    const refusal = { message: 'Not your order', extensions: { code: 'FORBIDDEN' }, path: ['orderUpdated'] };
    expect(await resolver.resolve({ errors: [refusal] })).toEqual({ errors: [refusal] });
    expect(asked).toEqual([]);
  });

  it('keeps the data it has when an entity fetch fails, with the error and its code', async () => {
    const { dataSources } = fakeSubgraphs({
      payments: () => ({
        data: { _entities: [{ payment: null }] },
        errors: [
          {
            message: 'Sign in again',
            path: ['_entities', 0, 'payment'],
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      }),
    });
    const resolver = resolverFor(
      'subscription { orderUpdated(orderId: "o1") { status payment { status } } }',
      dataSources,
    );
    const result = await resolver.resolve({
      data: { orderUpdated: { __typename: 'Order', id: 'o1', status: 'PAID' } },
    });
    expect(result.data).toEqual({ orderUpdated: { status: 'PAID', payment: null } });
    expect(result.errors?.map((e) => [e.message, e.extensions?.code, e.path])).toEqual([
      ['Sign in again', 'UNAUTHENTICATED', ['orderUpdated', 'payment']],
    ]);
  });

  it('nulls the nearest nullable parent when a non-null field cannot be completed', async () => {
    const { dataSources } = fakeSubgraphs({
      users: () => ({
        data: { _entities: [null] },
        errors: [{ message: 'Gone', extensions: { code: 'NOT_FOUND' } }],
      }),
    });
    const resolver = resolverFor(
      'subscription { orderUpdated(orderId: "o1") { status customer { email } } }',
      dataSources,
    );
    const result = await resolver.resolve({
      data: {
        orderUpdated: { __typename: 'Order', status: 'PAID', customer: { __typename: 'User', id: 'u1' } },
      },
    });
    expect(result.data).toEqual({ orderUpdated: null });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('completes payloads the owner resolves alone without other fetches', async () => {
    const { dataSources, asked } = fakeSubgraphs({});
    const resolver = resolverFor('subscription { notificationAdded { title } }', dataSources);
    expect(await resolver.resolve({ data: { notificationAdded: { title: 'Shipped' } } })).toEqual({
      data: { notificationAdded: { title: 'Shipped' } },
    });
    expect(asked).toEqual([]);
  });

  it("shares one event's entity fetch among one user's subscribers, never across users", async () => {
    const { dataSources, asked } = fakeSubgraphs({
      users: (_variables, asker) => ({
        data: { _entities: [{ email: `${asker.identity?.userId}@example.com` }] },
      }),
    });
    const sharing = sharedEventResolution();
    const completions: string[] = [];
    const source = 'subscription($id: ID!) { orderUpdated(orderId: $id) { status customer { email } } }';
    const subscriber = (userId: string, device: string) =>
      resolverFor(
        source,
        dataSources,
        { id: 'o1' },
        {
          context: {
            ...context,
            identity: { userId, role: 'CUSTOMER', kind: 'user' },
            authorization: device,
          },
          sharing,
          onCompletion: (result) => completions.push(result),
        },
      );
    const event = {
      data: {
        orderUpdated: {
          __typename: 'Order',
          status: 'CANCELLED',
          customer: { __typename: 'User', id: 'u1' },
        },
      },
    };
    const subscribers = [
      subscriber('u1', 'Bearer phone'),
      subscriber('u1', 'Bearer laptop'),
      subscriber('u1', 'Bearer tablet'),
      subscriber('u2', 'Bearer other'),
    ];
    const results = await Promise.all(subscribers.map((resolver) => resolver.resolve(event)));
    const emails = results.map(
      (r) => (r.data?.orderUpdated as { customer: { email: string } }).customer.email,
    );
    expect(emails).toEqual(['u1@example.com', 'u1@example.com', 'u1@example.com', 'u2@example.com']);
    expect(asked.filter((a) => a.subgraph === 'users')).toHaveLength(2);
    expect(completions.sort()).toEqual(['fetched', 'fetched', 'shared', 'shared']);
    expect(sharing.inFlight).toBe(0);

    // A later event is fetched afresh: nothing is kept once a completion settles.
    await subscribers[0]!.resolve(event);
    expect(asked.filter((a) => a.subgraph === 'users')).toHaveLength(3);
  });
});
