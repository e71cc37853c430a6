import { describe, expect, it } from 'vitest';
import { analyticsWindowProblem, clickThroughRate } from './search-analytics';

describe('search analytics', () => {
  it('accept a window up to a year long, start before end', () => {
    expect(analyticsWindowProblem(new Date('2026-01-01'), new Date('2026-02-01'))).toBeNull();
    expect(analyticsWindowProblem(new Date('2026-02-01'), new Date('2026-01-01'))).toMatch(/before/);
    expect(analyticsWindowProblem(new Date('2024-01-01'), new Date('2026-01-01'))).toMatch(/366 days/);
    expect(analyticsWindowProblem(new Date('nope'), new Date('2026-01-01'))).toMatch(/valid/);
  });

  it('compute the click-through rate as the share of searches with a click', () => {
    expect(clickThroughRate({ searches: 4, searchesWithClicks: 1 })).toBe(0.25);
    expect(clickThroughRate({ searches: 0, searchesWithClicks: 0 })).toBe(0);
  });
});
