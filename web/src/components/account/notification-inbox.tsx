'use client';

import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import MuiLink from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import type { NotificationFieldsFragment } from '@/__generated__/graphql';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  MyNotificationsQuery,
  NotificationAddedSubscription,
  UnreadNotificationCountQuery,
} from '@/graphql/notifications.graphql';
import { CATEGORY_LABELS } from '@/lib/notifications/preference-grid';
import { LoadMore } from '../load-more';
import { FormFeedback, type Feedback } from './form-feedback';

const PAGE_SIZE = 10;
const timeFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

function NotificationItem({
  notification,
  onRead,
}: {
  notification: NotificationFieldsFragment;
  onRead: (id: string) => void;
}) {
  return (
    <Stack
      component="li"
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1}
      sx={{ py: 1.5, px: 1, bgcolor: notification.read ? undefined : 'action.hover', borderRadius: 1 }}
      aria-label={`${notification.read ? '' : 'Unread: '}${notification.title}`}
    >
      <Stack sx={{ flexGrow: 1, minWidth: 0 }} spacing={0.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
          <Typography sx={{ fontWeight: notification.read ? 400 : 700, overflowWrap: 'anywhere' }}>
            {notification.title}
          </Typography>
          <Chip size="small" label={CATEGORY_LABELS[notification.category]} variant="outlined" />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {notification.body}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {timeFormat.format(new Date(notification.createdAt))}
          {notification.order && (
            <>
              {' · '}
              <MuiLink component={Link} href={`/account/orders/${notification.order.id}`}>
                View order
              </MuiLink>
            </>
          )}
        </Typography>
      </Stack>
      {!notification.read && (
        <Button size="small" onClick={() => onRead(notification.id)} sx={{ alignSelf: { sm: 'center' } }}>
          Mark read
        </Button>
      )}
    </Stack>
  );
}

/** The in-app inbox, newest first; new notifications appear as they arrive. */
export function NotificationInbox() {
  const { data, error, loading, refetch, fetchMore } = useQuery(MyNotificationsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(NotificationAddedSubscription, { onData: () => void refetch().catch(() => undefined) });
  const refetchCount = { refetchQueries: [UnreadNotificationCountQuery] };
  const [markRead] = useMutation(MarkNotificationReadMutation, refetchCount);
  const [markAll, { loading: markingAll }] = useMutation(MarkAllNotificationsReadMutation, refetchCount);
  const [feedback, setFeedback] = useState<Feedback>(null);

  const connection = data?.myNotifications;
  if (error && !connection) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading && !connection) return <Loading label="Loading your notifications…" />;
  if (!connection) return null;

  const read = async (id: string) => {
    setFeedback(null);
    try {
      const result = await markRead({ variables: { id } });
      const problem = userErrorsMessage(result.data?.markNotificationRead.userErrors);
      if (problem) setFeedback({ severity: 'warning', text: problem });
    } catch (failure) {
      setFeedback({ severity: 'error', text: describeApiError(failure) });
    }
  };

  const readAll = async () => {
    setFeedback(null);
    try {
      const result = await markAll();
      const problem = userErrorsMessage(result.data?.markAllNotificationsRead.userErrors);
      if (problem) setFeedback({ severity: 'warning', text: problem });
      else {
        setFeedback({ severity: 'success', text: 'All notifications marked read.' });
        await refetch();
      }
    } catch (failure) {
      setFeedback({ severity: 'error', text: describeApiError(failure) });
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1, gap: 1 }}>
        <Typography variant="h6" component="h2">
          Inbox{connection.unreadCount > 0 ? ` (${connection.unreadCount} unread)` : ''}
        </Typography>
        {connection.unreadCount > 0 && (
          <Button size="small" onClick={() => void readAll()} disabled={markingAll}>
            Mark all read
          </Button>
        )}
      </Stack>
      <FormFeedback feedback={feedback} />
      {connection.edges.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 3 }}>
          No notifications yet. Order and account updates will appear here.
        </Typography>
      ) : (
        <Stack
          component="ul"
          divider={<Divider flexItem />}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
          aria-label="Notifications"
        >
          {connection.edges.map(({ node }) => (
            <NotificationItem key={node.id} notification={node} onRead={(id) => void read(id)} />
          ))}
        </Stack>
      )}
      <Stack sx={{ alignItems: 'center', mt: 1 }}>
        <LoadMore pageInfo={connection.pageInfo} fetchPage={(after) => fetchMore({ variables: { after } })} />
      </Stack>
    </Paper>
  );
}
