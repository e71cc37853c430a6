'use client';

import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import { useQuery, useSubscription } from '@apollo/client/react';
import Link from 'next/link';
import { NotificationAddedSubscription, UnreadNotificationCountQuery } from '@/graphql/notifications.graphql';

/** The unread count for the signed-in shopper; new notifications raise it live (`notificationAdded`). */
export function NotificationBell() {
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationAddedSubscription, {
    onData: () => {
      // The inbox and the count both come from the API, so both stay right whoever else marked things read.
      void refetch().catch(() => undefined);
    },
  });
  const unread = data?.myNotifications.unreadCount ?? 0;
  return (
    <IconButton
      component={Link}
      href="/account/notifications"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
      color="inherit"
    >
      <Badge badgeContent={unread} color="error" max={99} data-testid="notification-badge">
        <NotificationsIcon />
      </Badge>
    </IconButton>
  );
}
