import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import {
  IN_STOCK,
  PRODUCTS,
  REVIEW_AUTHOR,
  reviewsOfProduct,
  reviewsOfUser,
  shippingEstimate,
  TOP_PRODUCTS_DEFAULT,
  USERS,
  type Review,
} from './data';

const LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@provides", "@shareable"])';

const userById = (id: string) => USERS.find((u) => u.id === id) ?? null;
const productByUpc = (upc: string) => PRODUCTS.find((p) => p.upc === upc) ?? null;
const reviewView = (review: Review) => ({ ...review, product: { upc: review.productUpc } });

const accounts = buildSubgraphSchema({
  typeDefs: parse(`${LINK}
    type Query { me: User user(id: ID!): User users: [User] }
    type User @key(fields: "id") { id: ID! name: String username: String @shareable birthday: Int }`),
  resolvers: {
    Query: {
      me: () => USERS[0],
      user: (_: unknown, { id }: { id: string }) => userById(id),
      users: () => USERS,
    },
    User: { __resolveReference: ({ id }: { id: string }) => userById(id) },
  } as never,
});

const inventory = buildSubgraphSchema({
  typeDefs: parse(`${LINK}
    type Product @key(fields: "upc") {
      upc: String!
      weight: Int @external
      price: Int @external
      inStock: Boolean
      shippingEstimate: Int @requires(fields: "price weight")
    }`),
  resolvers: {
    Product: {
      __resolveReference: (ref: { upc: string; price?: number; weight?: number }) => ({
        ...ref,
        inStock: IN_STOCK.has(ref.upc),
      }),
      shippingEstimate: (product: { price?: number; weight?: number }) =>
        product.price == null || product.weight == null
          ? null
          : shippingEstimate(product.price, product.weight),
    },
  } as never,
});

const products = buildSubgraphSchema({
  typeDefs: parse(`${LINK}
    type Query { topProducts(first: Int = ${TOP_PRODUCTS_DEFAULT}): [Product] }
    type Product @key(fields: "upc") { upc: String! name: String price: Int weight: Int }`),
  resolvers: {
    Query: { topProducts: (_: unknown, { first }: { first: number }) => PRODUCTS.slice(0, first) },
    Product: { __resolveReference: ({ upc }: { upc: string }) => productByUpc(upc) },
  } as never,
});

const reviews = buildSubgraphSchema({
  typeDefs: parse(`${LINK}
    type Review @key(fields: "id") { id: ID! body: String product: Product author: User @provides(fields: "username") }
    type User @key(fields: "id") { id: ID! username: String @external reviews: [Review] }
    type Product @key(fields: "upc") { upc: String! reviews: [Review] }`),
  resolvers: {
    Review: {
      __resolveReference: ({ id }: { id: string }) => {
        const review = reviewsOfUser().find((r) => r.id === id);
        return review ? reviewView(review) : null;
      },
      author: () => ({ id: REVIEW_AUTHOR.id, username: REVIEW_AUTHOR.username }),
    },
    User: {
      __resolveReference: ({ id }: { id: string }) => ({ id }),
      reviews: () => reviewsOfUser().map(reviewView),
    },
    Product: {
      __resolveReference: ({ upc }: { upc: string }) => ({ upc }),
      reviews: ({ upc }: { upc: string }) => reviewsOfProduct(upc).map(reviewView),
    },
  } as never,
});

export const SUBGRAPH_SCHEMAS: Record<string, GraphQLSchema> = { accounts, inventory, products, reviews };

/** A minimal GraphQL-over-HTTP server (POST JSON) with a parse cache: the same for every gateway measured. */
function serve(schema: GraphQLSchema): Server {
  const documents = new Map<string, DocumentNode>();
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const { query, variables, operationName } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          query: string;
          variables?: Record<string, unknown>;
          operationName?: string;
        };
        let document = documents.get(query);
        if (!document) {
          document = parse(query);
          const errors = validate(schema, document);
          if (errors.length) {
            res.writeHead(400, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ errors }));
            return;
          }
          documents.set(query, document);
        }
        const result = await execute({ schema, document, variableValues: variables, operationName });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(result));
      })();
    });
  });
}

/** Starts the four subgraphs on free loopback ports; returns their URLs by name. */
export async function startSubgraphs(): Promise<{ urls: Record<string, string>; stop(): Promise<void> }> {
  const servers: Server[] = [];
  const urls: Record<string, string> = {};
  for (const [name, schema] of Object.entries(SUBGRAPH_SCHEMAS)) {
    const server = serve(schema);
    // Idle connections outlive every gateway's client pool (Node's 5 s default raced make-fetch-happen's and
    // undici's reuse on this loaded machine: "socket hang up" mid-run), as behind a production load balancer.
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    urls[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }
  return {
    urls,
    stop: async () => {
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
}
