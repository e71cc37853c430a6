import {
  buildSchema,
  getOperationAST,
  parse,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { fragmentsOf, type FragmentMap } from '../../src/limits/fragments';

/** A small catalog-shaped schema for the calculator specs. */
export const catalogSchema = buildSchema(`
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!]) on FIELD_DEFINITION
  directive @cost(weight: Int!) on FIELD_DEFINITION | OBJECT | SCALAR | ENUM
  type Query {
    product(id: ID!): Product
    products(first: Int, last: Int, after: String): ProductConnection!
    categories: [Category!]! @listSize(assumedSize: 8)
    recommendations(first: Int): [Product!]!
    lookup(term: String!): SearchResult
    search(first: Int): SearchPage!
    report: Report @cost(weight: 50)
  }
  type Mutation { addToCart(variantId: ID!): Cart }
  type Cart { id: ID! lines: [Variant!]! @listSize(assumedSize: 10) }
  type Report @cost(weight: 7) { total: Int! }
  type SearchPage { hits: ProductConnection! totalCount: Int! }
  type ProductConnection { edges: [ProductEdge!]! nodes: [Product!]! pageInfo: PageInfo! totalCount: Int! }
  type ProductEdge { cursor: String! node: Product! }
  type PageInfo { hasNextPage: Boolean! }
  type Product {
    id: ID!
    name: String!
    tags: [String!]!
    variants: [Variant!]! @listSize(assumedSize: 3)
    images: [Image!]!
    category: Category
  }
  type Image { url: String! }
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
