import { describe, expect, it } from 'vitest';
import { salesFigures, salesPeriodProblem } from './sales-stats';

describe('sales stats', () => {
  it('averages with rounding and handles no orders', () => {
    expect(salesFigures(3, 1000)).toEqual({ orderCount: 3, revenue: 1000, averageOrderValue: 333 });
    expect(salesFigures(2, 1001)).toEqual({ orderCount: 2, revenue: 1001, averageOrderValue: 501 });
    expect(salesFigures(0, 0)).toEqual({ orderCount: 0, revenue: 0, averageOrderValue: 0 });
  });

  it('validates the period', () => {
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    expect(salesPeriodProblem(day('2026-01-01'), day('2026-02-01'))).toBeNull();
    expect(salesPeriodProblem(day('2026-02-01'), day('2026-01-01'))).toMatch(/before/);
    expect(salesPeriodProblem(day('2024-01-01'), day('2026-01-01'))).toMatch(/366 days/);
    expect(salesPeriodProblem(new Date('nope'), day('2026-01-01'))).toMatch(/valid dates/);
  });
});
