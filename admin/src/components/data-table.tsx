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

export interface Column {
  label: string;
  align?: 'right';
}

/**
 * A table of the dashboard: outlined, small, the column heads, a line saying `emptyText` when there are no
 * rows, the rows (`children`) and what goes under the table (`footer`, e.g. paging).
 */
export function DataTable({
  columns,
  empty,
  emptyText,
  footer,
  children,
}: {
  columns: readonly Column[];
  empty: boolean;
  emptyText: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}) {
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
            {empty && (
              <TableRow>
                <TableCell colSpan={columns.length}>
                  <Typography color="text.secondary" sx={{ py: 2 }}>
                    {emptyText}
                  </Typography>
                </TableCell>
              </TableRow>
            )}
            {children}
          </TableBody>
        </Table>
      </TableContainer>
      {footer}
    </Paper>
  );
}
