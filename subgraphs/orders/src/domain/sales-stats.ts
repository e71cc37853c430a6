/** Sales over a period: revenue is the sum of order totals; the average is rounded to the nearest minor unit. */
export interface SalesFigures {
  orderCount: number;
  revenue: number;
  averageOrderValue: number;
}

export function salesFigures(orderCount: number, revenue: number): SalesFigures {
  return { orderCount, revenue, averageOrderValue: orderCount === 0 ? 0 : Math.round(revenue / orderCount) };
}

/** Longest period one request may aggregate; longer reports belong in the analytics store. */
export const MAX_STATS_DAYS = 366;

export function salesPeriodProblem(from: Date, to: Date): string | null {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()))
    return '"from" and "to" must be valid dates';
  if (from >= to) return '"from" must be before "to"';
  if (to.getTime() - from.getTime() > MAX_STATS_DAYS * 24 * 60 * 60 * 1000)
    return `The period may span at most ${MAX_STATS_DAYS} days`;
  return null;
}
