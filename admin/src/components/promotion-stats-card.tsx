'use client';

import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { PromotionStatsQuery } from '@/graphql/promotions.graphql';

/** Redemptions, customers, discount given and revenue of one promotion. */
export function PromotionStatsCard({ id }: { id: string }) {
  const { data, error, loading, refetch } = useQuery(PromotionStatsQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const stats = data?.promotionStats;
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} component="section" aria-label="Promotion stats">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1.5 }}>
        Results
      </Typography>
      {error && !stats && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !stats && <Loading label="Loading results…" />}
      {stats && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))' }}>
          {[
            ['Redemptions', String(stats.redemptions)],
            ['Customers', String(stats.customers)],
            ['Discount given', stats.discountTotal.formatted],
            ['Revenue', stats.revenue.formatted],
          ].map(([label, value]) => (
            <Box key={label}>
              <Typography variant="body2" color="text.secondary">
                {label}
              </Typography>
              <Typography variant="h6" component="p" sx={{ fontWeight: 700 }}>
                {value}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  );
}
