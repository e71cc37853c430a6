import { describe, expect, it } from 'vitest';
import {
  appendConnectionPage,
  currentAfter,
  FIRST_PAGE,
  hasPreviousPage,
  nextPage,
  pageNumber,
  pageRangeLabel,
  previousPage,
} from './cursor-pages';

const page = (cursors: string[], hasNextPage: boolean, totalCount = 10) => ({
  edges: cursors.map((cursor) => ({ cursor, node: { id: `n-${cursor}` } })),
  pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null },
  totalCount,
});

describe('appendConnectionPage', () => {
  it('appends a page fetched after the current end', () => {
    const merged = appendConnectionPage(page(['a', 'b'], true), page(['c', 'd'], false, 4), 'b');
    expect(merged.edges.map((edge) => edge.cursor)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.pageInfo).toEqual({ hasNextPage: false, endCursor: 'd' });
    expect(merged.totalCount).toBe(4);
  });

  it('starts over on a first page, so a refetch does not duplicate the list', () => {
    const merged = appendConnectionPage(page(['a', 'b'], true), page(['a', 'b'], true), null);
    expect(merged.edges.map((edge) => edge.cursor)).toEqual(['a', 'b']);
  });

  it('does not repeat edges that a page delivers twice', () => {
    const merged = appendConnectionPage(page(['a', 'b'], true), page(['b', 'c'], false), 'a');
    expect(merged.edges.map((edge) => edge.cursor)).toEqual(['a', 'b', 'c']);
  });

  it('takes the incoming page when nothing is held yet', () => {
    const incoming = page(['x'], false);
    expect(appendConnectionPage(undefined, incoming, 'w')).toBe(incoming);
  });
});

describe('cursor pages', () => {
  it('walks forward with each end cursor and back again', () => {
    let pages = FIRST_PAGE;
    expect(currentAfter(pages)).toBeNull();
    expect(hasPreviousPage(pages)).toBe(false);

    pages = nextPage(pages, { hasNextPage: true, endCursor: 'c20' });
    pages = nextPage(pages, { hasNextPage: true, endCursor: 'c40' });
    expect(currentAfter(pages)).toBe('c40');
    expect(pageNumber(pages)).toBe(3);

    pages = previousPage(pages);
    expect(currentAfter(pages)).toBe('c20');
    pages = previousPage(previousPage(pages));
    expect(pages.afters).toEqual([null]);
  });

  it('stays on the last page when there is no next one', () => {
    expect(nextPage(FIRST_PAGE, { hasNextPage: false, endCursor: 'c20' })).toBe(FIRST_PAGE);
    expect(nextPage(FIRST_PAGE, { hasNextPage: true, endCursor: null })).toBe(FIRST_PAGE);
  });

  it('labels the items a page shows', () => {
    const third = { afters: [null, 'a', 'b'] };
    expect(pageRangeLabel(third, 20, 15, 55)).toBe('41–55 of 55');
    expect(pageRangeLabel(FIRST_PAGE, 20, 20, 55)).toBe('1–20 of 55');
    expect(pageRangeLabel(FIRST_PAGE, 20, 0, 0)).toBe('None');
  });
});
