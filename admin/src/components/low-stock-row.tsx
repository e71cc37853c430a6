'use client';

import Button from '@mui/material/Button';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { LowStockRow as Row } from '@/lib/low-stock-search';
import { AppLink } from './app-link';
import type { Column } from './data-table';
import type { StockTarget } from './stock-dialog';

/** The columns of a low-stock table (the list and a search's results alike). */
export const LOW_STOCK_COLUMNS: readonly Column[] = [
  { label: 'Product' },
  { label: 'SKU' },
  { label: 'Available', align: 'right' },
  { label: 'Reserved', align: 'right' },
  { label: 'On hand', align: 'right' },
  { label: 'Low at', align: 'right' },
  { label: '' },
];

/** One low-stock variant: what is left (red when none), and Adjust for those who may. */
export function LowStockRow({
  row,
  mayAdjust,
  onAdjust,
}: {
  row: Row;
  mayAdjust: boolean;
  onAdjust: (target: StockTarget) => void;
}) {
  return (
    <TableRow>
      <TableCell>
        <AppLink href={`/products/${row.productId}`}>{row.productName}</AppLink>
        <Typography variant="caption" color="text.secondary" component="div">
          {row.title}
        </Typography>
      </TableCell>
      <TableCell>{row.sku}</TableCell>
      <TableCell align="right">
        <Typography
          component="span"
          color={row.available === 0 ? 'error.main' : 'warning.main'}
          sx={{ fontWeight: 600 }}
        >
          {row.available}
        </Typography>
      </TableCell>
      <TableCell align="right">{row.reserved}</TableCell>
      <TableCell align="right">{row.onHand}</TableCell>
      <TableCell align="right">{row.lowStockThreshold}</TableCell>
      <TableCell align="right">
        {mayAdjust && (
          <Button
            size="small"
            onClick={() =>
              onAdjust({
                variantId: row.variantId,
                label: `${row.productName} (${row.sku})`,
                onHand: row.onHand,
                reserved: row.reserved,
                lowStockThreshold: row.lowStockThreshold,
              })
            }
          >
            Adjust
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
