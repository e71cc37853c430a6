/**
 * Paging through Relay connections. The storefront appends pages ("Load more"); the dashboard steps back
 * and forth through pages, which needs the `after` cursor of every page seen, since the API only pages
 * forward.
 */

export interface PageInfoLike {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ConnectionLike<E extends { cursor: string } = { cursor: string }> {
  edges: readonly E[];
  pageInfo: PageInfoLike;
}

/**
 * Joins a page fetched with `after` onto the list held so far. A first page (no `after`) replaces the list,
 * so a refetch starts over; edges already present (same cursor) are not repeated. Everything else, such as
 * `totalCount` and `pageInfo`, comes from the newest page.
 */
export function appendConnectionPage<C extends ConnectionLike>(
  existing: C | null | undefined,
  incoming: C,
  after: string | null | undefined,
): C {
  if (!existing || !after) return incoming;
  const seen = new Set(existing.edges.map((edge) => edge.cursor));
  return {
    ...incoming,
    edges: [...existing.edges, ...incoming.edges.filter((edge) => !seen.has(edge.cursor))],
  };
}

/** Where a paged table is: the `after` cursor of each page up to the current one (the first is null). */
export interface CursorPages {
  readonly afters: readonly (string | null)[];
}

export const FIRST_PAGE: CursorPages = { afters: [null] };

/** The `after` argument for the page being shown. */
export function currentAfter(pages: CursorPages): string | null {
  return pages.afters[pages.afters.length - 1] ?? null;
}

/** 1-based number of the page being shown. */
export function pageNumber(pages: CursorPages): number {
  return pages.afters.length;
}

export function hasPreviousPage(pages: CursorPages): boolean {
  return pages.afters.length > 1;
}

/** Moves forward to the page after `endCursor`; without a cursor there is nothing further. */
export function nextPage(pages: CursorPages, pageInfo: PageInfoLike): CursorPages {
  if (!pageInfo.hasNextPage || !pageInfo.endCursor) return pages;
  return { afters: [...pages.afters, pageInfo.endCursor] };
}

export function previousPage(pages: CursorPages): CursorPages {
  return hasPreviousPage(pages) ? { afters: pages.afters.slice(0, -1) } : pages;
}

/** "41–60 of 75": which items a page shows, for the table footer. */
export function pageRangeLabel(pages: CursorPages, pageSize: number, shown: number, total: number): string {
  if (shown === 0) return total === 0 ? 'None' : `0 of ${total}`;
  const start = (pageNumber(pages) - 1) * pageSize + 1;
  return `${start}–${start + shown - 1} of ${total}`;
}
