'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { useSession } from '@msa/web-kit/runtime-provider';
import type { PromotionFieldsFragment } from '@/__generated__/graphql';
import { DeactivatePromotionMutation, PromotionsQuery } from '@/graphql/promotions.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { mayPerform } from '@/lib/dashboard-routes';
import { describeActions, describeWindow } from '@/lib/promotion-summary';
import { useActionNotice } from '@/lib/use-action-notice';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { useSubmittedText } from '@/lib/use-submitted-text';
import { ActionNotice } from './action-notice';
import { ConfirmDialog } from './confirm-dialog';
import { ConnectionTable } from './connection-table';
import { ALL, FilterSelect } from './filter-select';
import { PageHeader } from './page-header';
import { PromotionStatusChip } from './promotion-status-chip';

const ACTIVE_FILTERS = [
  { value: 'ON', label: 'Switched on' },
  { value: 'OFF', label: 'Deactivated' },
] as const;
type ActiveFilter = (typeof ACTIVE_FILTERS)[number]['value'] | typeof ALL;

/** Every promotion with its status and usage; create, open, deactivate. */
export function PromotionsTable() {
  const [active, setActive] = useState<ActiveFilter>(ALL);
  const searchField = useSubmittedText();
  const search = searchField.submitted;
  const paging = useCursorPages(`${active}|${search}`);
  const notices = useActionNotice();
  const [confirming, setConfirming] = useState<PromotionFieldsFragment | null>(null);
  const [deactivate] = useMutation(DeactivatePromotionMutation);
  const session = useSession();
  const mayManage = session.status === 'signed-in' && mayPerform(session.user.role, 'managePromotions');
  const query = useQuery(PromotionsQuery, {
    variables: {
      first: PAGE_SIZE,
      after: paging.after,
      filter: {
        ...(active === ALL ? {} : { active: active === 'ON' }),
        ...(search ? { search } : {}),
      },
    },
    fetchPolicy: 'cache-and-network',
  });

  const switchOff = (promotion: PromotionFieldsFragment) =>
    notices.confirmed(
      async () =>
        (await deactivate({ variables: { id: promotion.id } })).data?.deactivatePromotion.userErrors,
      { success: `“${promotion.name}” was deactivated.`, onDone: () => query.refetch() },
    );

  return (
    <>
      <PageHeader
        title="Promotions"
        actions={
          mayManage && (
            <Button component={Link} href="/promotions/new" variant="contained">
              New promotion
            </Button>
          )
        }
      />
      <ActionNotice notice={notices.notice} onClose={notices.dismiss} />
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 2 }}
        component="form"
        onSubmit={searchField.submit}
      >
        <TextField
          size="small"
          label="Search name or code"
          value={searchField.text}
          onChange={(event) => searchField.setText(event.target.value)}
        />
        <FilterSelect
          label="Show"
          value={active}
          allLabel="All promotions"
          options={ACTIVE_FILTERS}
          onChange={setActive}
        />
        <Button type="submit" variant="outlined">
          Search
        </Button>
      </Stack>
      <ConnectionTable
        connection={query.data?.promotions}
        query={query}
        paging={paging}
        loadingLabel="Loading promotions…"
        emptyText={search || active !== ALL ? 'No promotion matches.' : 'No promotions yet.'}
        columns={[
          { label: 'Promotion' },
          { label: 'Status' },
          { label: 'Discount' },
          { label: 'When' },
          { label: 'Used', align: 'right' },
          { label: '' },
        ]}
        rows={(connection) =>
          connection.edges.map(({ node }) => (
            <TableRow key={node.id} hover>
              <TableCell>
                <Link href={`/promotions/${encodeURIComponent(node.id)}`}>{node.name}</Link>
                <Typography variant="caption" color="text.secondary" component="div">
                  {node.code ? `Code ${node.code}` : 'Automatic'}
                  {node.stackable ? ' · stackable' : ''}
                  {node.priority !== 0 ? ` · priority ${node.priority}` : ''}
                </Typography>
              </TableCell>
              <TableCell>
                <PromotionStatusChip status={node.status} />
              </TableCell>
              <TableCell sx={{ maxWidth: 280 }}>{describeActions(node)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{describeWindow(node)}</TableCell>
              <TableCell align="right">
                {node.usageCount}
                {node.usageLimit !== null ? ` / ${node.usageLimit}` : ''}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Button size="small" component={Link} href={`/promotions/${encodeURIComponent(node.id)}`}>
                  {mayManage ? 'Edit' : 'Open'}
                </Button>
                {mayManage && node.active && (
                  <Button size="small" color="error" onClick={() => setConfirming(node)}>
                    Deactivate
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))
        }
      />
      {confirming && (
        <ConfirmDialog
          title="Deactivate promotion"
          confirmLabel="Deactivate"
          destructive
          onConfirm={() => switchOff(confirming)}
          onClose={() => setConfirming(null)}
        >
          Deactivate “{confirming.name}”? Carts stop showing it and checkouts stop redeeming it.
        </ConfirmDialog>
      )}
    </>
  );
}
