'use client';

import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { OverviewQuery } from '@/graphql/operations.graphql';
import { PageHeader } from './page-header';

const DAY_MS = 24 * 60 * 60 * 1000;

function Figure({ label, value, href }: { label: string; value: string | number; href?: string }) {
  const content = (
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" component="p" sx={{ fontWeight: 700 }}>
        {value}
      </Typography>
    </CardContent>
  );
  return (
    <Card variant="outlined">
      {href ? (
        <CardActionArea component={Link} href={href}>
          {content}
        </CardActionArea>
      ) : (
        content
      )}
    </Card>
  );
}

/** Sales of the last 30 days and what needs attention. */
export function Overview() {
  const [period] = useState(() => {
    const to = new Date();
    return { from: new Date(to.getTime() - 30 * DAY_MS).toISOString(), to: to.toISOString() };
  });
  const { data, error, loading, refetch } = useQuery(OverviewQuery, { variables: period });

  return (
    <>
      <PageHeader title="Overview" />
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <Typography variant="subtitle1" sx={{ mb: 1 }}>
            Last 30 days
          </Typography>
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
              mb: 4,
            }}
          >
            <Figure label="Orders" value={data.salesStats.orderCount} />
            <Figure label="Revenue" value={data.salesStats.revenue.formatted} />
            <Figure label="Average order" value={data.salesStats.averageOrderValue.formatted} />
          </Box>
          <Typography variant="subtitle1" sx={{ mb: 1 }}>
            Needs attention
          </Typography>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
            <Figure label="Pending orders" value={data.orders.totalCount} href="/orders" />
            <Figure label="Variants low on stock" value={data.lowStock.totalCount} href="/stock" />
            <Figure label="Dead letters" value={data.deadLetters.totalCount} href="/dead-letters" />
          </Box>
        </>
      )}
    </>
  );
}
