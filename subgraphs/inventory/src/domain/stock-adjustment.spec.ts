import { describe, expect, it } from 'vitest';
import { adjustmentProblems, MAX_ADJUSTMENT, thresholdProblems } from './stock-adjustment';

describe('stock adjustment', () => {
  it('accepts a sensible adjustment', () => {
    expect(adjustmentProblems({ variantId: 'v1', delta: -3, reason: 'damaged in storage' })).toEqual([]);
  });

  it('names every bad field', () => {
    expect(adjustmentProblems({ variantId: ' ', delta: 0, reason: '' }).map((p) => p.field)).toEqual([
      'variantId',
      'delta',
      'reason',
    ]);
    expect(adjustmentProblems({ variantId: 'v1', delta: MAX_ADJUSTMENT + 1, reason: 'x' })[0]?.field).toBe(
      'delta',
    );
    expect(adjustmentProblems({ variantId: 'v1', delta: 1, reason: 'x'.repeat(501) })[0]?.field).toBe(
      'reason',
    );
  });

  it('wants a threshold of zero or more', () => {
    expect(thresholdProblems({ variantId: 'v1', threshold: 0 })).toEqual([]);
    expect(thresholdProblems({ variantId: 'v1', threshold: -1 })[0]?.field).toBe('threshold');
    expect(thresholdProblems({ variantId: 'v1', threshold: 2.5 })[0]?.field).toBe('threshold');
  });
});
