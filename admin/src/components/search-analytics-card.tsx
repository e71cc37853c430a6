'use client';

import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { SearchAnalyticsQuery } from '@/graphql/analytics.graphql';

function QueryTable({
  title,
  rows,
  empty,
}: {
  title: string;
  rows: readonly { query: string; count: number }[];
  empty: string;
}) {
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 600, mt: 2 }}>
        {title}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {empty}
        </Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>Query</TableCell>
              <TableCell align="right">Searches</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.query}>
                <TableCell sx={{ wordBreak: 'break-word' }}>{row.query}</TableCell>
                <TableCell align="right">{row.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}

const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

/** What customers searched for, what found nothing, and how often a result was opened. */
export function SearchAnalyticsCard({ from, to }: { from: string; to: string }) {
  const { data, error, loading, refetch } = useQuery(SearchAnalyticsQuery, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  const report = data?.searchAnalytics;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Search">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        Search
      </Typography>
      {!report && error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {!report && !error && loading && <Loading label="Loading searches…" />}
      {report && (
        <>
          <Typography variant="body2" color="text.secondary">
            {report.totalSearches} searches, {report.totalClicks} results opened, click-through{' '}
            {percent.format(report.clickThroughRate)}
          </Typography>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
            <QueryTable title="Top searches" rows={report.topQueries} empty="No searches in this period." />
            <QueryTable
              title="Searches with no results"
              rows={report.zeroResultQueries}
              empty="Every search found something."
            />
          </Box>
        </>
      )}
    </Paper>
  );
}
