'use client';

import Stack from '@mui/material/Stack';
import { NotificationInbox } from './notification-inbox';
import { NotificationPreferences } from './notification-preferences';
import { AccountHeading, SignedInOnly } from './signed-in-only';

export function NotificationsPage() {
  return (
    <SignedInOnly title="Notifications" path="/account/notifications">
      <AccountHeading>Notifications</AccountHeading>
      <Stack spacing={3} sx={{ maxWidth: 820 }}>
        <NotificationInbox />
        <NotificationPreferences />
      </Stack>
    </SignedInOnly>
  );
}
