'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formatRate } from '@msa/web-kit/tax-display';
import type { TaxRateFieldsFragment } from '@/__generated__/graphql';
import { RemoveTaxRateMutation, TaxRatesQuery } from '@/graphql/tax.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { taxPlaceLabel } from '@/lib/tax-rate-form';
import { useActionNotice } from '@/lib/use-action-notice';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { ActionNotice } from './action-notice';
import { ConfirmDialog } from './confirm-dialog';
import { ConnectionTable } from './connection-table';
import { PageHeader } from './page-header';
import { TaxRateDialog } from './tax-rate-dialog';

function TaxRateRow({
  rate,
  onEdit,
  onRemove,
}: {
  rate: TaxRateFieldsFragment;
  onEdit: (rate: TaxRateFieldsFragment) => void;
  onRemove: (rate: TaxRateFieldsFragment) => void;
}) {
  return (
    <TableRow hover>
      <TableCell>
        <Typography sx={{ fontWeight: 600 }}>{rate.country}</Typography>
      </TableCell>
      <TableCell>{rate.region ?? <Typography color="text.secondary">Whole country</Typography>}</TableCell>
      <TableCell align="right">{formatRate(rate.rate)}</TableCell>
      <TableCell>{rate.taxShipping ? 'Taxed' : 'Not taxed'}</TableCell>
      <TableCell align="right">
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button size="small" onClick={() => onEdit(rate)} aria-label={`Edit ${taxPlaceLabel(rate)}`}>
            Edit
          </Button>
          <Button
            size="small"
            color="error"
            onClick={() => onRemove(rate)}
            aria-label={`Remove ${taxPlaceLabel(rate)}`}
          >
            Remove
          </Button>
        </Stack>
      </TableCell>
    </TableRow>
  );
}

/**
 * The tax table: one rate per country, or per region of it (a region's rate beats its country's; places
 * without a rate are tax-exempt). Add, edit, remove. Orders keep the tax they were charged.
 */
export function TaxRatesTable() {
  const paging = useCursorPages('tax-rates');
  const notices = useActionNotice();
  const [dialog, setDialog] = useState<{ editing: TaxRateFieldsFragment | null } | null>(null);
  const [removing, setRemoving] = useState<TaxRateFieldsFragment | null>(null);
  const [removeTaxRate] = useMutation(RemoveTaxRateMutation);
  const query = useQuery(TaxRatesQuery, {
    variables: { first: PAGE_SIZE, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });

  const remove = (rate: TaxRateFieldsFragment) =>
    notices.confirmed(
      async () => (await removeTaxRate({ variables: { id: rate.id } })).data?.removeTaxRate.userErrors,
      { success: `The ${taxPlaceLabel(rate)} rate was removed.`, onDone: () => query.refetch() },
    );

  return (
    <>
      <PageHeader
        title="Tax rates"
        actions={
          <Button variant="contained" onClick={() => setDialog({ editing: null })}>
            New tax rate
          </Button>
        }
      />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        A region’s own rate beats its country’s; destinations without a rate are tax-exempt. Placed orders
        keep the tax they were charged.
      </Typography>
      <ActionNotice notice={notices.notice} onClose={notices.dismiss} />
      <ConnectionTable
        connection={query.data?.taxRates}
        query={query}
        paging={paging}
        loadingLabel="Loading tax rates…"
        emptyText="No tax rates: every destination is tax-exempt."
        columns={[
          { label: 'Country' },
          { label: 'Region' },
          { label: 'Rate', align: 'right' },
          { label: 'Shipping' },
          { label: '' },
        ]}
        rows={(connection) =>
          connection.edges.map(({ node }) => (
            <TaxRateRow
              key={node.id}
              rate={node}
              onEdit={(rate) => setDialog({ editing: rate })}
              onRemove={setRemoving}
            />
          ))
        }
      />
      {dialog && (
        <TaxRateDialog
          editing={dialog.editing}
          onClose={() => setDialog(null)}
          onSaved={(label) => {
            setDialog(null);
            notices.show({ severity: 'success', text: `The ${label} rate was saved.` });
            void query.refetch();
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title="Remove tax rate"
          confirmLabel="Remove"
          destructive
          onConfirm={() => remove(removing)}
          onClose={() => setRemoving(null)}
        >
          Remove the {taxPlaceLabel(removing)} rate? Its destinations fall back to the country’s rate, or
          become tax-exempt. Placed orders keep their tax.
        </ConfirmDialog>
      )}
    </>
  );
}
