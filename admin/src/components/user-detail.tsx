'use client';

import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { useSession } from '@msa/web-kit/runtime-provider';
import type { Role } from '@msa/web-kit/session-store';
import type { UserRole } from '@/__generated__/graphql';
import { AdminUserQuery, SetUserRoleMutation } from '@/graphql/operations.graphql';
import { mayPerform } from '@/lib/dashboard-routes';
import { useActionNotice } from '@/lib/use-action-notice';
import { roleConsequence, roleLabel, USER_ROLES } from '@/lib/user-roles';
import { AccountStatusSection } from './account-status-section';
import { ActionNotice } from './action-notice';
import { AppLink } from './app-link';
import { ConfirmDialog } from './confirm-dialog';
import { CustomerOrders } from './customer-orders';
import { Section } from './order-sections';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/**
 * One account: its role and whether it may sign in (administrators change both after confirming; never for
 * their own account), latest orders and addresses.
 */
export function UserDetail({ id }: { id: string }) {
  const session = useSession();
  const viewer = session.status === 'signed-in' ? session.user : null;
  const query = useQuery(AdminUserQuery, { variables: { id } });
  const [setUserRole] = useMutation(SetUserRoleMutation);
  const [chosenRole, setChosenRole] = useState<Role | null>(null);
  const [confirming, setConfirming] = useState(false);
  const notices = useActionNotice();

  const user = query.data?.user;
  if (!user) {
    if (query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
    if (query.loading) return <Loading label="Loading the account…" />;
    return (
      <Typography>
        There is no user with this id. <AppLink href="/users">Back to the users</AppLink>
      </Typography>
    );
  }

  const isSelf = viewer?.id === user.id;
  const mayChangeRole = !!viewer && mayPerform(viewer.role, 'setUserRole') && !isSelf;
  const role = chosenRole ?? user.role;

  return (
    <>
      <AppLink href="/users" variant="body2">
        ← Users
      </AppLink>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 700, mt: 1 }}>
        {user.name}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, wordBreak: 'break-all' }}>
        {user.email ?? ''} · joined {dateFormat.format(new Date(user.createdAt))}
      </Typography>
      <ActionNotice notice={notices.notice} onClose={notices.dismiss} />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
          alignItems: 'start',
        }}
      >
        <Section title="Role">
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
            <TextField
              select
              size="small"
              label="Role"
              value={role}
              disabled={!mayChangeRole}
              helperText={isSelf ? 'Your own account' : undefined}
              onChange={(event) => setChosenRole(event.target.value as Role)}
              sx={{ minWidth: 200 }}
            >
              {USER_ROLES.map((entry) => (
                <MenuItem key={entry.value} value={entry.value}>
                  {entry.label}
                </MenuItem>
              ))}
            </TextField>
            {mayChangeRole && (
              <Button variant="outlined" disabled={role === user.role} onClick={() => setConfirming(true)}>
                Change role
              </Button>
            )}
          </Stack>
        </Section>
        <AccountStatusSection
          user={user}
          mayChange={!!viewer && mayPerform(viewer.role, 'disableUser') && !isSelf}
          onDone={notices.show}
        />
        <CustomerOrders customerId={user.id} />
        <Section title="Addresses">
          {!user.addresses || user.addresses.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              No saved addresses.
            </Typography>
          ) : (
            <Stack spacing={1.5}>
              {user.addresses.map((address) => (
                <Typography key={address.id} variant="body2" component="address" sx={{ fontStyle: 'normal' }}>
                  {address.name}
                  {address.isDefault ? ' (default)' : ''}
                  <br />
                  {address.line1}
                  {address.line2 ? `, ${address.line2}` : ''}
                  <br />
                  {address.postalCode} {address.city}
                  {address.region ? `, ${address.region}` : ''}, {address.country}
                </Typography>
              ))}
            </Stack>
          )}
        </Section>
      </Box>
      {confirming && (
        <ConfirmDialog
          title={`Make ${user.name} ${roleLabel(role).toLowerCase()}?`}
          confirmLabel="Change role"
          destructive={role === 'ADMIN' || user.role === 'ADMIN'}
          onClose={() => setConfirming(false)}
          onConfirm={() =>
            notices.confirmed(
              async () =>
                (await setUserRole({ variables: { userId: user.id, role: role as UserRole } })).data
                  ?.setUserRole.userErrors,
              { onDone: () => setChosenRole(null), success: `${user.name} is now ${roleLabel(role)}.` },
            )
          }
        >
          {user.name} is {roleLabel(user.role).toLowerCase()} now. {roleConsequence(role)}
        </ConfirmDialog>
      )}
    </>
  );
}
