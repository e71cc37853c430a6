import { describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { operationCost } from './operation-cost';
import { catalogSchema, parsed } from './test-schema.fixture';

const cost = (source: string, variables?: Record<string, unknown>) => {
  const { operation, fragments } = parsed(source);
  return operationCost(catalogSchema, operation, fragments, { variables });
};

describe('operationCost', () => {
  it('charges one per field on single objects', () => {
    expect(cost('{ product(id: 1) { id name category { name } } }')).toBe(1 + (1 + 1 + (1 + 1)));
  });

  it('leaves __typename free', () => {
    expect(cost('{ __typename product(id: 1) { __typename } }')).toBe(1);
  });

  it('multiplies a connection by first and does not multiply its edges or nodes again', () => {
    expect(cost('{ products(first: 20) { nodes { id } totalCount } }')).toBe(1 + 20 * (2 + 1));
    expect(cost('{ products(last: 5) { edges { cursor node { id } } } }')).toBe(1 + 5 * (1 + (1 + (1 + 1))));
  });

  it('assumes the default page size when first is absent and caps large pages', () => {
    expect(cost('{ products { nodes { id } } }')).toBe(1 + 10 * 2);
    expect(cost('{ products(first: 1000) { nodes { id } } }')).toBe(1 + 100 * 2);
  });

  it('multiplies lists below a paged item by the default list size', () => {
    expect(cost('{ products(first: 2) { nodes { variants { sku } } } }')).toBe(1 + 2 * (1 + (1 + 10 * 1)));
    expect(cost('{ recommendations(first: 5) { variants { sku } } }')).toBe(1 + 5 * (1 + 10 * 1));
    expect(cost('{ categories { name } }')).toBe(1 + 10 * 1);
  });

  it('reads page sizes from variables and their declared defaults', () => {
    expect(cost('query($n: Int) { products(first: $n) { nodes { id } } }', { n: 5 })).toBe(1 + 5 * 2);
    expect(cost('query($n: Int = 3) { products(first: $n) { nodes { id } } }')).toBe(1 + 3 * 2);
  });

  it('grows multiplicatively with nested pages', () => {
    const source = '{ categories { products(first: 50) { nodes { variants { sku } } } } }';
    expect(cost(source)).toBe(1 + 10 * (1 + 50 * (1 + (1 + 10 * 1))));
  });

  it('resolves fragments and union members', () => {
    const source = `
      { lookup(term: "x") { ... on Product { ...ProductBits } ... on Category { name } } }
      fragment ProductBits on Product { name tags }
    `;
    expect(cost(source)).toBe(1 + (2 + 1));
  });

  it('charges introspection one per field without list multipliers', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(5);
    expect(cost(getIntrospectionQuery())).toBeLessThan(500);
  });
});
