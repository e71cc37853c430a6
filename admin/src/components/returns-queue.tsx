'use client';

import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSession } from '@msa/web-kit/runtime-provider';
import type { ReturnRowFieldsFragment, ReturnStatus } from '@/__generated__/graphql';
import {
  AdminReturnsQuery,
  ApproveReturnMutation,
  ReceiveReturnMutation,
  RejectReturnMutation,
} from '@/graphql/returns.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { mayPerform } from '@/lib/dashboard-routes';
import {
  RETURN_ACTION_TEXT,
  RETURN_STATUSES,
  returnActions,
  returnStatusLabel,
  type ReturnAction,
} from '@/lib/return-actions';
import { useActionNotice } from '@/lib/use-action-notice';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { ActionNotice } from './action-notice';
import { AppLink } from './app-link';
import { ConfirmDialog } from './confirm-dialog';
import { ConnectionTable } from './connection-table';
import { ALL, FilterSelect } from './filter-select';
import { PageHeader } from './page-header';

const STATUS_FILTERS = RETURN_STATUSES.map((value) => ({ value, label: returnStatusLabel(value) }));

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Returns customers asked for, newest first; administrators approve, receive or reject them here. */
export function ReturnsQueue() {
  const session = useSession();
  const mayReview = session.status === 'signed-in' && mayPerform(session.user.role, 'reviewReturn');
  const [status, setStatus] = useState<ReturnStatus | typeof ALL>(ALL);
  const notices = useActionNotice();
  const [pending, setPending] = useState<{ entry: ReturnRowFieldsFragment; action: ReturnAction } | null>(
    null,
  );
  const paging = useCursorPages(status);
  const query = useQuery(AdminReturnsQuery, {
    variables: { first: PAGE_SIZE, after: paging.after, filter: status === ALL ? null : { status } },
  });
  const [approve] = useMutation(ApproveReturnMutation);
  const [receive] = useMutation(ReceiveReturnMutation);
  const [reject] = useMutation(RejectReturnMutation);
  const connection = query.data?.returns;

  const perform = (entry: ReturnRowFieldsFragment, action: ReturnAction, reason: string) =>
    notices.confirmed(
      async () => {
        const returnId = entry.id;
        if (action === 'approve')
          return (await approve({ variables: { returnId } })).data?.approveReturn.userErrors;
        if (action === 'receive')
          return (await receive({ variables: { returnId } })).data?.receiveReturn.userErrors;
        return (await reject({ variables: { returnId, reason } })).data?.rejectReturn.userErrors;
      },
      {
        onDone: () => void query.refetch(),
        success: `Order ${entry.order.number}: ${RETURN_ACTION_TEXT[action].done}`,
      },
    );

  return (
    <>
      <PageHeader title="Returns" />
      <Stack direction="row" sx={{ mb: 2 }}>
        <FilterSelect
          label="Status"
          value={status}
          allLabel="All returns"
          options={STATUS_FILTERS}
          onChange={setStatus}
          minWidth={200}
        />
      </Stack>
      <ActionNotice notice={notices.notice} onClose={notices.dismiss} />
      <ConnectionTable
        connection={connection}
        query={query}
        paging={paging}
        loadingLabel="Loading returns…"
        emptyText={status === ALL ? 'No returns yet.' : 'No returns with this status.'}
        columns={[
          { label: 'Order' },
          { label: 'Requested' },
          { label: 'Items and reason' },
          { label: 'Refund', align: 'right' },
          { label: 'Status' },
          { label: '' },
        ]}
        rows={(connection) =>
          connection.edges.map(({ node }) => (
            <TableRow key={node.id} data-return-id={node.id}>
              <TableCell>
                <AppLink href={`/orders/${encodeURIComponent(node.order.id)}`} sx={{ fontWeight: 600 }}>
                  {node.order.number}
                </AppLink>
                <Typography variant="caption" color="text.secondary" component="div">
                  {node.order.customer?.name ?? 'Guest'}
                </Typography>
              </TableCell>
              <TableCell>{dateFormat.format(new Date(node.createdAt))}</TableCell>
              <TableCell>
                {node.lines.map((line) => (
                  <Typography key={line.orderLineId} variant="body2">
                    {line.quantity} × {line.variant.product.name} ({line.variant.sku})
                  </Typography>
                ))}
                <Typography variant="caption" color="text.secondary" component="div">
                  “{node.reason}”
                </Typography>
              </TableCell>
              <TableCell align="right">{node.refundAmount.formatted}</TableCell>
              <TableCell>
                <Chip size="small" variant="outlined" label={returnStatusLabel(node.status)} />
                {(node.rejectionReason ?? node.failureReason) && (
                  <Typography variant="caption" color="text.secondary" component="div">
                    {node.rejectionReason ?? node.failureReason}
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">
                {mayReview && (
                  <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                    {returnActions(node.status).map((action) => (
                      <Button
                        key={action}
                        size="small"
                        variant={action === 'reject' ? 'text' : 'outlined'}
                        color={action === 'reject' ? 'error' : 'primary'}
                        onClick={() => setPending({ entry: node, action })}
                      >
                        {RETURN_ACTION_TEXT[action].button}
                      </Button>
                    ))}
                  </Stack>
                )}
              </TableCell>
            </TableRow>
          ))
        }
      />
      {pending && (
        <ConfirmDialog
          title={RETURN_ACTION_TEXT[pending.action].title}
          confirmLabel={RETURN_ACTION_TEXT[pending.action].confirm}
          destructive={RETURN_ACTION_TEXT[pending.action].destructive}
          reasonLabel={pending.action === 'reject' ? 'Reason for the customer' : undefined}
          onClose={() => setPending(null)}
          onConfirm={(reason) => perform(pending.entry, pending.action, reason)}
        >
          Order {pending.entry.order.number}, refund {pending.entry.refundAmount.formatted}.{' '}
          {RETURN_ACTION_TEXT[pending.action].explain}
        </ConfirmDialog>
      )}
    </>
  );
}
