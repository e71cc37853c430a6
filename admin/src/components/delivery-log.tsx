'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSession } from '@msa/web-kit/runtime-provider';
import type { NotificationChannel, NotificationDeliveryStatus } from '@/__generated__/graphql';
import {
  NotificationDeliveriesQuery,
  RetryNotificationDeliveryMutation,
} from '@/graphql/notifications.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { mayPerform } from '@/lib/dashboard-routes';
import { useActionNotice } from '@/lib/use-action-notice';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { ActionNotice } from './action-notice';
import { ConnectionTable } from './connection-table';
import { ALL, FilterSelect } from './filter-select';
import { DeliveryStatusChip } from './delivery-status-chip';

const CHANNELS = (['EMAIL', 'SMS', 'PUSH'] as const satisfies readonly NotificationChannel[]).map(
  (value) => ({ value, label: value }),
);
const STATUSES = (
  [
    'PENDING',
    'RETRYING',
    'SENT',
    'FAILED',
    'SKIPPED',
  ] as const satisfies readonly NotificationDeliveryStatus[]
).map((value) => ({ value, label: value.charAt(0) + value.slice(1).toLowerCase() }));

const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });

/** Every email, SMS and push sent or attempted, by channel and status; failed ones can be sent again. */
export function DeliveryLog() {
  const [channel, setChannel] = useState<NotificationChannel | typeof ALL>(ALL);
  const [status, setStatus] = useState<NotificationDeliveryStatus | typeof ALL>(ALL);
  const paging = useCursorPages(`${channel}|${status}`);
  const notices = useActionNotice();
  const [retry, retrying] = useMutation(RetryNotificationDeliveryMutation);
  const session = useSession();
  const mayRetry =
    session.status === 'signed-in' && mayPerform(session.user.role, 'retryNotificationDeliveries');
  const query = useQuery(NotificationDeliveriesQuery, {
    variables: {
      first: PAGE_SIZE,
      after: paging.after,
      filter: {
        ...(channel === ALL ? {} : { channel }),
        ...(status === ALL ? {} : { status }),
      },
    },
    fetchPolicy: 'cache-and-network',
  });

  const retryDelivery = (id: string, kind: string) =>
    notices.perform(
      async () => {
        const { data } = await retry({ variables: { id } });
        // Refused or not, the delivery may have moved on: the page shows it as it is now.
        await query.refetch();
        return data?.retryNotificationDelivery.userErrors;
      },
      { success: `The ${kind} message is queued to be sent again.` },
    );

  return (
    <>
      <ActionNotice notice={notices.notice} onClose={notices.dismiss} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <FilterSelect
          label="Channel"
          value={channel}
          allLabel="All channels"
          options={CHANNELS}
          onChange={setChannel}
        />
        <FilterSelect
          label="Status"
          value={status}
          allLabel="All statuses"
          options={STATUSES}
          onChange={setStatus}
        />
        <Button onClick={() => void query.refetch()}>Refresh</Button>
      </Stack>
      <ConnectionTable
        connection={query.data?.notificationDeliveries}
        query={query}
        paging={paging}
        loadingLabel="Loading deliveries…"
        emptyText="No deliveries match."
        columns={[
          { label: 'Queued' },
          { label: 'Message' },
          { label: 'To' },
          { label: 'Status' },
          { label: 'Attempts', align: 'right' },
          { label: 'Last error' },
          { label: '' },
        ]}
        rows={(connection) =>
          connection.edges.map(({ node }) => (
            <TableRow key={node.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {dateTimeFormat.format(new Date(node.createdAt))}
              </TableCell>
              <TableCell>
                {node.kind}
                <Typography variant="caption" color="text.secondary" component="div">
                  {node.channel}
                </Typography>
              </TableCell>
              <TableCell sx={{ wordBreak: 'break-word' }}>
                {node.toAdminMailbox ? 'Admin mailbox' : (node.recipient?.email ?? 'Unknown recipient')}
              </TableCell>
              <TableCell>
                <DeliveryStatusChip status={node.status} />
              </TableCell>
              <TableCell align="right">{node.attemptCount}</TableCell>
              <TableCell sx={{ maxWidth: 280, wordBreak: 'break-word' }}>{node.lastError ?? '—'}</TableCell>
              <TableCell align="right">
                {mayRetry && node.status === 'FAILED' && (
                  <Button
                    size="small"
                    variant="outlined"
                    disabled={retrying.loading}
                    onClick={() => void retryDelivery(node.id, node.kind)}
                  >
                    Retry
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))
        }
      />
    </>
  );
}
