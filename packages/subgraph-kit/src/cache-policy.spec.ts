import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import {
  buildSchema,
  type GraphQLObjectType,
  type GraphQLUnionType,
  parse,
  type GraphQLFieldResolver,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlPlugin, staticCachePolicy } from './cache-policy';

const typeDefs = `
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

  type Query {
    products(empty: Boolean): [Product!]! @cacheControl(maxAge: 300, scope: PUBLIC)
    product(id: ID!): Product
    me: User @cacheControl(scope: PRIVATE)
    search: [Hit!]! @cacheControl(maxAge: 60)
    untyped: String
    greeting: String @cacheControl(maxAge: 30)
    fails: Product @cacheControl(maxAge: 300)
  }
  type Product @cacheControl(maxAge: 300, scope: PUBLIC) {
    id: ID!
    name: String!
    price: Money!
    stock: Stock
    reviews: [Review!]!
    secret: String @cacheControl(scope: PRIVATE)
  }
  type Money @cacheControl(inheritMaxAge: true) { amount: Int! formatted: String! }
  type Stock { count: Int! }
  type Review @cacheControl(maxAge: 10) { id: ID! body: String! }
  type User { id: ID! name: String! }
  union Hit = Product | Review
  type Mutation { touch: Product }
`;

const product = (id: string, reviews: unknown[] = []) => ({
  id,
  name: `P${id}`,
  price: { amount: 100, formatted: '$1.00' },
  stock: { count: 1 },
  reviews,
  secret: 's',
});

const rootResolvers: Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>> = {
  Query: {
    products: (_, { empty }) => (empty ? [] : [product('1'), product('2', [{ id: 'r', body: 'ok' }])]),
    product: (_, { id }) => (id === 'none' ? null : product(id)),
    me: () => ({ id: 'u', name: 'U' }),
    search: () => [{ __typename: 'Product', ...product('3') }],
    untyped: () => 'x',
    greeting: () => 'hi',
    fails: () => {
      throw new Error('no');
    },
  },
  Mutation: { touch: () => product('4') },
};

function makeSchema() {
  const schema = buildSchema(typeDefs);
  for (const [typeName, fields] of Object.entries(rootResolvers)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const [name, resolve] of Object.entries(fields)) type.getFields()[name]!.resolve = resolve;
  }
  (schema.getType('Hit') as GraphQLUnionType).resolveType = (hit) =>
    (hit as { __typename: string }).__typename;
  return schema;
}

const QUERIES: [string, Record<string, unknown>?][] = [
  ['{ products { id name price { amount formatted } } }'],
  ['{ products { id reviews { id body } } }'],
  ['query($empty: Boolean) { products(empty: $empty) { id reviews { id } } }', { empty: true }],
  ['{ products(empty: true) { id stock { count } } }'],
  ['{ products { id stock { count } } }'],
  ['{ products { id secret } }'],
  ['{ product(id: "1") { id name } }'],
  ['{ product(id: "none") { id name } }'],
  ['{ me { id name } }'],
  ['{ products { id } me { id } }'],
  ['{ search { ... on Product { id price { amount } } ... on Review { body } } }'],
  ['{ search { __typename } }'],
  ['{ untyped }'],
  ['{ greeting }'],
  ['{ greeting products { id } }'],
  ['{ fails { id } }'],
  ['{ __typename }'],
  ['{ __schema { queryType { name } } products { id } }'],
  ['query($r: Boolean!) { products { id reviews @include(if: $r) { id } } }', { r: true }],
  ['query($r: Boolean!) { products { id reviews @include(if: $r) { id } } }', { r: false }],
  ['query($s: Boolean!) { products { id reviews @skip(if: $s) { id } } }', { s: true }],
  [
    '{ products { ...Card } } fragment Card on Product { id price { ...Amount } } fragment Amount on Money { amount }',
  ],
  ['{ products { ... on Product { id reviews { id } } } }'],
  ['mutation { touch { id } }'],
];

describe('cacheControlPlugin', () => {
  const start = async (plugins: ApolloServerPlugin[]) => {
    const server = new ApolloServer({ schema: makeSchema(), plugins });
    await server.start();
    return server;
  };
  let apollo: ApolloServer;
  let kit: ApolloServer;
  beforeAll(async () => {
    apollo = await start([ApolloServerPluginCacheControl({ defaultMaxAge: 0 })]);
    // As the kit's server installs it: Apollo's own plugin marked off, the kit's in its place.
    kit = await start([ApolloServerPluginCacheControlDisabled(), cacheControlPlugin({ defaultMaxAge: 0 })]);
  });
  afterAll(async () => {
    await apollo?.stop();
    await kit?.stop();
  });

  const headerOf = async (server: ApolloServer, query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables });
    return response.http.headers.get('cache-control');
  };

  it.each(QUERIES)('gives %s the header Apollo’s per-field plugin gives', async (query, variables) => {
    const expected = await headerOf(apollo, query, variables);
    // Twice: the second request reads the policy kept for the parsed document.
    expect(await headerOf(kit, query, variables)).toBe(expected);
    expect(await headerOf(kit, query, variables)).toBe(expected);
  });

  it('covers cacheable, private and uncacheable answers', async () => {
    expect(await headerOf(kit, QUERIES[0]![0])).toBe('max-age=300, public');
    expect(await headerOf(kit, QUERIES[1]![0])).toBe('max-age=10, public');
    expect(await headerOf(kit, '{ products(empty: true) { id reviews { id } } }')).toBe(
      'max-age=300, public',
    );
    expect(await headerOf(kit, QUERIES[5]![0])).toBe('max-age=300, private');
    expect(await headerOf(kit, QUERIES[4]![0])).toBe('no-store');
  });
});

describe('staticCachePolicy', () => {
  const schema = makeSchema();
  const policyOf = (query: string) => {
    const document = parse(query);
    const operation = document.definitions[0]!;
    if (operation.kind !== 'OperationDefinition') throw new Error('not an operation');
    return staticCachePolicy(schema, document, operation, 0)?.policyIfCacheable();
  };

  it('knows the policy when it does not depend on the data', () => {
    expect(policyOf('{ products { id price { amount } } }')).toEqual({ maxAge: 300, scope: 'PUBLIC' });
    expect(policyOf('{ untyped products { id } }')).toBeNull();
  });

  it('leaves to the per-field plugin what depends on the data or the variables', () => {
    // Reviews (10 s) restrict the answer only when some product has one.
    expect(policyOf('{ products { id reviews { id } } }')).toBeUndefined();
    expect(policyOf('{ product(id: "1") { id stock { count } } }')).toBeUndefined();
    expect(policyOf('{ products { id secret } }')).toBeUndefined();
    expect(policyOf('query($r: Boolean!) { products { id @include(if: $r) } }')).toBeUndefined();
  });
});

describe('cacheControlPlugin on entity fetches', () => {
  it('leaves `_entities` to Apollo’s plugin, whose resolver hints each entity by its type', async () => {
    const schema = buildSubgraphSchema([
      {
        typeDefs: parse(`
          extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key"])
          enum CacheControlScope { PUBLIC PRIVATE }
          directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
          type Query { top: Item @cacheControl(maxAge: 60) }
          type Item @key(fields: "id") @cacheControl(maxAge: 300, scope: PUBLIC) { id: ID! name: String! }
        `),
        resolvers: {
          Query: { top: () => ({ id: '1', name: 'one' }) },
          Item: { __resolveReference: (reference: { id: string }) => ({ id: reference.id, name: 'x' }) },
        },
      },
    ]);
    const server = new ApolloServer({
      schema,
      plugins: [ApolloServerPluginCacheControlDisabled(), cacheControlPlugin({ defaultMaxAge: 0 })],
    });
    await server.start();
    try {
      const response = await server.executeOperation({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Item { id name } } }',
        variables: { r: [{ __typename: 'Item', id: '1' }] },
      });
      expect(response.http.headers.get('cache-control')).toBe('max-age=300, public');
    } finally {
      await server.stop();
    }
  });
});
