'use client';

import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorNotice, Loading } from '@shared/query-state';
import type { ProductStatus } from '@/__generated__/graphql';
import { AdminProductsQuery } from '@/graphql/products.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { PageHeader } from './page-header';
import { PagedFooter } from './paged-footer';
import { ProductStatusChip } from './product-status-chip';

const STATUS_FILTERS: { value: ProductStatus | 'ALL'; label: string }[] = [
  { value: 'ALL', label: 'All statuses' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'DRAFT', label: 'Draft' },
  { value: 'ARCHIVED', label: 'Archived' },
];

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

export function ProductsTable() {
  const [status, setStatus] = useState<ProductStatus | 'ALL'>('ALL');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const paging = useCursorPages(`${status}|${search}`);
  const router = useRouter();

  const { data, error, loading, refetch } = useQuery(AdminProductsQuery, {
    variables: {
      first: PAGE_SIZE,
      after: paging.after,
      sort: 'NEWEST',
      filter: { ...(status === 'ALL' ? {} : { status }), ...(search ? { search } : {}) },
    },
  });
  const connection = data?.products;

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(searchText.trim());
  };

  return (
    <>
      <PageHeader
        title="Products"
        actions={
          <Button component={Link} href="/products/new" variant="contained">
            New product
          </Button>
        }
      />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }} component="form" onSubmit={submitSearch}>
        <TextField
          select
          size="small"
          label="Status"
          value={status}
          onChange={(event) => setStatus(event.target.value as ProductStatus | 'ALL')}
          sx={{ minWidth: 180 }}
        >
          {STATUS_FILTERS.map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label="Name, description or exact SKU"
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          sx={{ flexGrow: 1 }}
        />
        <Button type="submit" variant="outlined">
          Search
        </Button>
      </Stack>

      {error && !connection && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !connection && <Loading label="Loading products…" />}
      {connection && (
        <Paper variant="outlined">
          <TableContainer>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>Product</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell>Category</TableCell>
                  <TableCell align="right">Variants</TableCell>
                  <TableCell align="right">Price</TableCell>
                  <TableCell>Updated</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {connection.edges.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={6}>
                      <Typography color="text.secondary" sx={{ py: 2 }}>
                        No products match these filters.
                      </Typography>
                    </TableCell>
                  </TableRow>
                )}
                {connection.edges.map(({ node }) => (
                  <TableRow
                    key={node.id}
                    hover
                    sx={{ cursor: 'pointer' }}
                    onClick={() => router.push(`/products/${node.id}`)}
                  >
                    <TableCell>
                      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                        {node.images[0] ? (
                          <img src={node.images[0].url} alt="" width={36} height={36} style={{ objectFit: 'cover', borderRadius: 4 }} />
                        ) : null}
                        <div>
                          <Link href={`/products/${node.id}`} onClick={(event) => event.stopPropagation()}>
                            {node.name}
                          </Link>
                          <Typography variant="caption" color="text.secondary" component="div">
                            {node.slug}
                          </Typography>
                        </div>
                      </Stack>
                    </TableCell>
                    <TableCell>
                      <ProductStatusChip status={node.status} />
                    </TableCell>
                    <TableCell>{node.category?.name ?? '—'}</TableCell>
                    <TableCell align="right">{node.variants.length}</TableCell>
                    <TableCell align="right">
                      {!node.priceRange
                        ? '—'
                        : node.priceRange.min.amount === node.priceRange.max.amount
                          ? node.priceRange.min.formatted
                          : `${node.priceRange.min.formatted} – ${node.priceRange.max.formatted}`}
                    </TableCell>
                    <TableCell>{dateFormat.format(new Date(node.updatedAt))}</TableCell>
                  </TableRow>
                ))}
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
      )}
    </>
  );
}
