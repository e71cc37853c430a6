import { describe, expect, it } from 'vitest';
import { buildSchema, getIntrospectionQuery } from 'graphql';
import { readCostDirectives } from './cost-directives';
import { DEFAULT_LIST_SIZE, MUTATION_FIELD_WEIGHT, operationCost } from './operation-cost';
import { catalogSchema, parsed } from '../../test/support/limits-test-schema';

const cost = (source: string, variables?: Record<string, unknown>) => {
  const { operation, fragments } = parsed(source);
  return operationCost(catalogSchema, operation, fragments, { variables });
};

describe('operationCost', () => {
  it('charges 1 per object and nothing for scalars, enums or __typename', () => {
    expect(cost('{ product(id: 1) { id name category { name } } }')).toBe(2);
    expect(cost('{ __typename product(id: 1) { __typename tags } }')).toBe(1);
  });

  it('sizes a connection by its first or last argument, counting each edge and node', () => {
    expect(cost('{ products(first: 20) { nodes { id } totalCount } }')).toBe(1 + 20 * 1);
    expect(cost('{ products(last: 5) { edges { cursor node { id } } pageInfo { hasNextPage } } }')).toBe(
      1 + 5 * (1 + 1) + 1,
    );
  });

  it('counts a page beyond the largest one subgraphs serve as that largest page (they refuse the rest)', () => {
    expect(cost('{ products(first: 100000) { nodes { id } } }')).toBe(1 + 100);
    expect(cost('{ products(first: 100) { nodes { id } } }')).toBe(1 + 100);
  });

  it('sizes lists by @listSize(assumedSize:), and lists without it by the small default', () => {
    expect(cost('{ categories { name } }')).toBe(8);
    expect(cost('{ product(id: 1) { variants { sku } images { url } } }')).toBe(1 + 3 + DEFAULT_LIST_SIZE);
    expect(cost('{ recommendations(first: 4) { variants { sku } } }')).toBe(4 * (1 + 3));
  });

  it('passes a page size through an object field to the connection lists below it', () => {
    expect(cost('{ search(first: 12) { totalCount hits { nodes { id } pageInfo { hasNextPage } } } }')).toBe(
      1 + (1 + 12 * 1 + 1),
    );
    expect(cost('{ search { hits { edges { node { id } } } } }')).toBe(1 + (1 + DEFAULT_LIST_SIZE * 2));
  });

  it('reads page sizes from variables and their declared defaults', () => {
    expect(cost('query($n: Int) { products(first: $n) { nodes { id } } }', { n: 5 })).toBe(1 + 5);
    expect(cost('query($n: Int = 3) { products(first: $n) { nodes { id } } }')).toBe(1 + 3);
    expect(cost('{ products { nodes { id } } }')).toBe(1 + DEFAULT_LIST_SIZE);
  });

  it('grows multiplicatively with nested lists', () => {
    const source = '{ categories { products(first: 50) { nodes { variants { sku } } } } }';
    expect(cost(source)).toBe(8 * (1 + (1 + 50 * (1 + 3))));
  });

  it('uses @cost weights of fields and types, and charges mutations more than reads', () => {
    expect(cost('{ report { total } }')).toBe(50);
    expect(cost('mutation { addToCart(variantId: 1) { id lines { sku } } }')).toBe(
      MUTATION_FIELD_WEIGHT + 10,
    );
  });

  it('resolves fragments and union members', () => {
    const source = `
      { lookup(term: "x") { ... on Product { ...ProductBits } ... on Category { name parent { id } } } }
      fragment ProductBits on Product { name variants { id } }
    `;
    expect(cost(source)).toBe(1 + 3 + 1);
  });

  it('charges introspection one per field without list multipliers', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(5);
    expect(cost(getIntrospectionQuery())).toBeLessThan(500);
  });
});

describe('readCostDirectives', () => {
  it('reads imported, renamed and spec-prefixed names from a supergraph', () => {
    const directives = readCostDirectives(`
      schema @link(url: "https://specs.apollo.dev/cost/v0.1", import: [{ name: "@cost", as: "@price" }]) { query: Query }
      directive @link(url: String, import: [link__Import]) repeatable on SCHEMA
      scalar link__Import
      type Query {
        a: [Int] @cost__listSize(assumedSize: 7, slicingArguments: ["first"], sizedFields: ["edges"])
        b: Int @price(weight: 4)
      }
    `);
    expect(directives.listSizes.get('Query.a')).toEqual({
      assumedSize: 7,
      slicingArguments: ['first'],
      sizedFields: ['edges'],
    });
    expect(directives.fieldWeights.get('Query.b')).toBe(4);
  });

  it('finds the directives of a schema built from SDL without registration', () => {
    const schema = buildSchema(`
      directive @listSize(assumedSize: Int) on FIELD_DEFINITION
      type Query { xs: [X!]! @listSize(assumedSize: 2) }
      type X { id: ID! }
    `);
    const { operation, fragments } = parsed('{ xs { id } }');
    expect(operationCost(schema, operation, fragments)).toBe(2);
  });
});
