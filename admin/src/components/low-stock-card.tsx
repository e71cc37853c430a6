'use client';

import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { LowStockSummaryQuery } from '@/graphql/analytics.graphql';

/** The emptiest variants, with a link to restock them. */
export function LowStockCard() {
  const { data, error, loading, refetch } = useQuery(LowStockSummaryQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const lowStock = data?.lowStock;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Low stock">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          Low stock{lowStock ? ` (${lowStock.totalCount})` : ''}
        </Typography>
        <Button size="small" component={Link} href="/stock">
          All
        </Button>
      </Stack>
      {!lowStock && error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {!lowStock && !error && loading && <Loading label="Loading stock…" />}
      {lowStock && lowStock.nodes.length === 0 && (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          Every variant is above its low-stock level.
        </Typography>
      )}
      {lowStock && lowStock.nodes.length > 0 && (
        <List dense>
          {lowStock.nodes.map((level) => (
            <ListItem key={level.variantId} disableGutters>
              <ListItemText
                primary={
                  <Link href={`/products/${level.variant.product.id}`}>{level.variant.product.name}</Link>
                }
                secondary={`${level.variant.sku}: ${level.available} left (low at ${level.lowStockThreshold})`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}
