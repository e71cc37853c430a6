import {
  buildSchema,
  getOperationAST,
  parse,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { fragmentsOf, type FragmentMap } from './fragments';

/** A small catalog-shaped schema for the calculator specs. */
export const catalogSchema = buildSchema(`
  type Query {
    product(id: ID!): Product
    products(first: Int, last: Int, after: String): ProductConnection!
    categories: [Category!]!
    recommendations(first: Int): [Product!]!
    lookup(term: String!): SearchResult
  }
  type ProductConnection { edges: [ProductEdge!]! nodes: [Product!]! pageInfo: PageInfo! totalCount: Int! }
  type ProductEdge { cursor: String! node: Product! }
  type PageInfo { hasNextPage: Boolean! }
  type Product { id: ID! name: String! tags: [String!]! variants: [Variant!]! category: Category }
  type Variant { id: ID! sku: String! }
  type Category { id: ID! name: String! parent: Category products(first: Int): ProductConnection! }
  union SearchResult = Product | Category
`);

export function parsed(source: string): {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  fragments: FragmentMap;
} {
  const document = parse(source);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('The spec document must hold exactly one operation');
  return { document, operation, fragments: fragmentsOf(document) };
}
