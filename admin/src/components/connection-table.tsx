'use client';

import type { ReactNode } from 'react';
import type { PageInfoLike } from '@msa/web-kit/cursor-pages';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { PAGE_SIZE } from '@/lib/config';
import type { useCursorPages } from '@/lib/use-cursor-pages';
import { DataTable, type Column } from './data-table';
import { PagedFooter } from './paged-footer';

export type { Column } from './data-table';

interface ConnectionPage {
  edges: readonly unknown[];
  totalCount: number;
  pageInfo: PageInfoLike;
}

/**
 * A page of a Relay connection as a table: loading and error states, the column heads, a line for an empty
 * page, and the Previous / Next footer. `rows` renders the rows of the page.
 */
export function ConnectionTable<C extends ConnectionPage>({
  connection,
  query: { error, loading, refetch },
  paging,
  columns,
  loadingLabel,
  emptyText,
  rows,
}: {
  connection: C | undefined;
  /** The `useQuery` result the connection comes from. */
  query: { error?: unknown; loading: boolean; refetch: () => Promise<unknown> };
  paging: ReturnType<typeof useCursorPages>;
  columns: readonly Column[];
  loadingLabel: string;
  emptyText: string;
  rows: (connection: C) => ReactNode;
}) {
  if (!connection) {
    if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
    return loading ? <Loading label={loadingLabel} /> : null;
  }
  return (
    <DataTable
      columns={columns}
      empty={connection.edges.length === 0}
      emptyText={emptyText}
      footer={
        <PagedFooter
          pages={paging.pages}
          pageSize={PAGE_SIZE}
          shown={connection.edges.length}
          total={connection.totalCount}
          pageInfo={connection.pageInfo}
          onPrevious={paging.previous}
          onNext={paging.next}
          busy={loading}
        />
      }
    >
      {rows(connection)}
    </DataTable>
  );
}
