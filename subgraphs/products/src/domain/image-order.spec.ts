import { describe, expect, it } from 'vitest';
import { isCompleteOrdering } from './image-order';

describe('isCompleteOrdering', () => {
  it('accepts any permutation of the current images', () => {
    expect(isCompleteOrdering(['a', 'b', 'c'], ['c', 'a', 'b'])).toBe(true);
    expect(isCompleteOrdering([], [])).toBe(true);
  });

  it('rejects missing, extra, foreign or repeated ids', () => {
    expect(isCompleteOrdering(['a', 'b', 'c'], ['a', 'b'])).toBe(false);
    expect(isCompleteOrdering(['a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(isCompleteOrdering(['a', 'b'], ['a', 'x'])).toBe(false);
    expect(isCompleteOrdering(['a', 'b'], ['a', 'a'])).toBe(false);
  });
});
