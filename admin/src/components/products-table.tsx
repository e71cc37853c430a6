'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ProductStatus } from '@/__generated__/graphql';
import { AdminProductsQuery } from '@/graphql/products.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { useSubmittedText } from '@/lib/use-submitted-text';
import { ConnectionTable } from './connection-table';
import { ALL, FilterSelect } from './filter-select';
import { PageHeader } from './page-header';
import { ProductStatusChip } from './product-status-chip';

const STATUS_FILTERS: { value: ProductStatus; label: string }[] = [
  { value: 'ACTIVE', label: 'Active' },
  { value: 'DRAFT', label: 'Draft' },
  { value: 'ARCHIVED', label: 'Archived' },
];

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

export function ProductsTable() {
  const [status, setStatus] = useState<ProductStatus | typeof ALL>(ALL);
  const searchField = useSubmittedText();
  const search = searchField.submitted;
  const paging = useCursorPages(`${status}|${search}`);
  const router = useRouter();

  const query = useQuery(AdminProductsQuery, {
    variables: {
      first: PAGE_SIZE,
      after: paging.after,
      sort: 'NEWEST',
      filter: { ...(status === ALL ? {} : { status }), ...(search ? { search } : {}) },
    },
  });
  const connection = query.data?.products;

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
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ mb: 2 }}
        component="form"
        onSubmit={searchField.submit}
      >
        <FilterSelect
          label="Status"
          value={status}
          allLabel="All statuses"
          options={STATUS_FILTERS}
          onChange={setStatus}
          minWidth={180}
        />
        <TextField
          size="small"
          label="Name, description or exact SKU"
          value={searchField.text}
          onChange={(event) => searchField.setText(event.target.value)}
          sx={{ flexGrow: 1 }}
        />
        <Button type="submit" variant="outlined">
          Search
        </Button>
      </Stack>

      <ConnectionTable
        connection={connection}
        query={query}
        paging={paging}
        loadingLabel="Loading products…"
        emptyText="No products match these filters."
        columns={[
          { label: 'Product' },
          { label: 'Status' },
          { label: 'Category' },
          { label: 'Variants', align: 'right' },
          { label: 'Price', align: 'right' },
          { label: 'Updated' },
        ]}
        rows={(connection) =>
          connection.edges.map(({ node }) => (
            <TableRow
              key={node.id}
              hover
              sx={{ cursor: 'pointer' }}
              onClick={() => router.push(`/products/${node.id}`)}
            >
              <TableCell>
                <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                  {node.images[0] ? (
                    <img
                      src={node.images[0].url}
                      alt=""
                      width={36}
                      height={36}
                      style={{ objectFit: 'cover', borderRadius: 4 }}
                    />
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
          ))
        }
      />
    </>
  );
}
