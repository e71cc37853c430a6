/** Admin search analytics: the window rules and the click-through rate. */

export const MAX_ANALYTICS_DAYS = 366;
export const DEFAULT_ANALYTICS_ROWS = 10;
export const MAX_ANALYTICS_ROWS = 100;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Why a window [from, to) cannot be reported on; null when it can. */
export function analyticsWindowProblem(from: Date, to: Date): string | null {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()))
    return '"from" and "to" must be valid dates';
  if (from >= to) return '"from" must be before "to"';
  if (to.getTime() - from.getTime() > MAX_ANALYTICS_DAYS * DAY_MS) {
    return `The window may span at most ${MAX_ANALYTICS_DAYS} days`;
  }
  return null;
}

/** Share of searches after which the shopper opened at least one result; 0 when there were none. */
export function clickThroughRate(totals: { searches: number; searchesWithClicks: number }): number {
  return totals.searches > 0 ? totals.searchesWithClicks / totals.searches : 0;
}
