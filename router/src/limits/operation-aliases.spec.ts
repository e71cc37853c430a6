import { describe, expect, it } from 'vitest';
import { operationAliasCount } from './operation-aliases';
import { parsed } from '../../test/support/limits-test-schema';

const aliases = (source: string) => {
  const { operation, fragments } = parsed(source);
  return operationAliasCount(operation, fragments);
};

describe('operationAliasCount', () => {
  it('is zero without aliases', () => {
    expect(aliases('{ product(id: 1) { id name } }')).toBe(0);
  });

  it('counts aliases at every level', () => {
    expect(aliases('{ a: product(id: 1) { x: id } b: product(id: 2) { id } }')).toBe(3);
  });

  it('counts a fragment once per spread', () => {
    const source = `
      { a: product(id: 1) { ...Names } b: product(id: 2) { ...Names } }
      fragment Names on Product { n1: name n2: name }
    `;
    expect(aliases(source)).toBe(6);
  });

  it('measures fragments that spread each other in linear time', () => {
    const chain = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Product { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const source = `{ product(id: 1) { ...F0 } }\n${chain}\nfragment F40 on Product { x: id }`;
    const started = performance.now();
    expect(aliases(source)).toBe(2 ** 40);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
