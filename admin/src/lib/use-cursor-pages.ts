'use client';

import { useState } from 'react';
import {
  currentAfter,
  FIRST_PAGE,
  hasPreviousPage,
  nextPage,
  pageNumber,
  previousPage,
  type CursorPages,
  type PageInfoLike,
} from '@msa/web-kit/cursor-pages';

/**
 * Prev/next paging state for a table. `filterKey` names the current filters: when it changes, paging
 * starts again at the first page (a cursor from another filter means nothing).
 */
export function useCursorPages(filterKey: string) {
  const [state, setState] = useState<{ key: string; pages: CursorPages }>({
    key: filterKey,
    pages: FIRST_PAGE,
  });
  const pages = state.key === filterKey ? state.pages : FIRST_PAGE;

  return {
    pages,
    after: currentAfter(pages),
    pageNumber: pageNumber(pages),
    hasPrevious: hasPreviousPage(pages),
    next: (pageInfo: PageInfoLike) => setState({ key: filterKey, pages: nextPage(pages, pageInfo) }),
    previous: () => setState({ key: filterKey, pages: previousPage(pages) }),
  };
}
