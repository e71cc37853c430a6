import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS, findViolation, measureOperation, queryTooComplexError } from './query-limits';
import { catalogSchema, parsed } from '../../test/support/limits-test-schema';

const limits = { maxDepth: 4, maxCost: 100, maxAliases: 2 };

describe('query limits', () => {
  it('measures depth, aliases and cost together', () => {
    const { document, operation } = parsed('{ a: product(id: 1) { category { name } } }');
    expect(measureOperation(catalogSchema, document, operation)).toEqual({ depth: 3, aliases: 1, cost: 2 });
  });

  it('accepts an operation within every limit', () => {
    expect(findViolation({ depth: 4, aliases: 2, cost: 100 }, limits)).toBeNull();
  });

  it('names the limit that was broken with the measured value', () => {
    expect(findViolation({ depth: 5, aliases: 0, cost: 1 }, limits)).toEqual({
      rule: 'depth',
      measured: 5,
      limit: 4,
    });
    expect(findViolation({ depth: 1, aliases: 3, cost: 1 }, limits)).toEqual({
      rule: 'aliases',
      measured: 3,
      limit: 2,
    });
    expect(findViolation({ depth: 1, aliases: 0, cost: 101 }, limits)).toEqual({
      rule: 'cost',
      measured: 101,
      limit: 100,
    });
  });

  it('turns a violation into a QUERY_TOO_COMPLEX error answered with HTTP 400', () => {
    const error = queryTooComplexError({ rule: 'cost', measured: 6000, limit: 5000 });
    expect(error.message).toBe('Query estimated cost 6000 exceeds the limit of 5000');
    expect(error.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      rule: 'cost',
      measured: 6000,
      limit: 5000,
      http: { status: 400 },
    });
  });

  it('has defaults that allow an ordinary storefront page', () => {
    const { document, operation } = parsed(
      '{ products(first: 24) { nodes { id name tags category { name } variants { id sku } } pageInfo { hasNextPage } } }',
    );
    expect(
      findViolation(measureOperation(catalogSchema, document, operation), DEFAULT_QUERY_LIMITS),
    ).toBeNull();
  });
});
