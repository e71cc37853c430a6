import { describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { operationDepth } from './operation-depth';
import { parsed } from '../../test/support/limits-test-schema';

const depth = (source: string) => {
  const { operation, fragments } = parsed(source);
  return operationDepth(operation, fragments);
};

describe('operationDepth', () => {
  it('counts nested field levels', () => {
    expect(depth('{ categories { id } }')).toBe(2);
    expect(depth('{ product(id: 1) { category { parent { parent { name } } } } }')).toBe(5);
  });

  it('takes the deepest branch', () => {
    expect(depth('{ a: categories { id } product(id: 1) { category { name } } }')).toBe(3);
  });

  it('resolves named and inline fragments', () => {
    const source = `
      { product(id: 1) { ...WithCategory ... on Product { id } } }
      fragment WithCategory on Product { category { ...Parent } }
      fragment Parent on Category { parent { parent { name } } }
    `;
    expect(depth(source)).toBe(5);
  });

  it('does not let the ofType chain of introspection count', () => {
    expect(depth(getIntrospectionQuery())).toBeLessThanOrEqual(6);
    expect(
      depth('{ __type(name: "Product") { fields { type { ofType { ofType { ofType { name } } } } } } }'),
    ).toBe(4);
  });

  it('still counts nesting through introspection fields and types', () => {
    const bomb =
      '{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }';
    expect(depth(bomb)).toBe(9);
  });

  it('survives a fragment that spreads itself', () => {
    expect(
      depth('{ product(id: 1) { ...Loop } } fragment Loop on Product { category { name } ...Loop }'),
    ).toBe(3);
  });
});
