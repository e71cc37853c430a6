'use client';

import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { PageInfoLike } from '@msa/web-kit/cursor-pages';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { PAGE_SIZE } from '@/lib/config';
import type { useCursorPages } from '@/lib/use-cursor-pages';
import { PagedFooter } from './paged-footer';

export interface Column {
  label: string;
  align?: 'right';
}

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
    <Paper variant="outlined">
      <TableContainer>
        <Table size="small">
          <TableHead>
            <TableRow>
              {columns.map((column, index) => (
                <TableCell key={index} align={column.align}>
                  {column.label}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {connection.edges.length === 0 && (
              <TableRow>
                <TableCell colSpan={columns.length}>
                  <Typography color="text.secondary" sx={{ py: 2 }}>
                    {emptyText}
                  </Typography>
                </TableCell>
              </TableRow>
            )}
            {rows(connection)}
          </TableBody>
        </Table>
      </TableContainer>
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
    </Paper>
  );
}
