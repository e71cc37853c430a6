'use client';

import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { DisableUserMutation, EnableUserMutation } from '@/graphql/operations.graphql';
import { actionProblem } from '@/lib/action-outcome';
import type { Notice } from './action-notice';
import { ConfirmDialog } from './confirm-dialog';
import { Section } from './order-sections';

/**
 * Whether the account may sign in. Administrators disable it with a reason (sign-in and refresh are refused,
 * its sessions end within seconds) or enable it again, after confirming; never their own.
 */
export function AccountStatusSection({
  user,
  mayChange,
  onDone,
}: {
  user: { id: string; name: string; disabled?: boolean | null; disabledReason?: string | null };
  mayChange: boolean;
  onDone: (notice: Notice) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [disableUser] = useMutation(DisableUserMutation);
  const [enableUser] = useMutation(EnableUserMutation);
  const disabled = !!user.disabled;

  return (
    <Section title="Account">
      <Typography variant="body2" sx={{ mb: 1 }}>
        {disabled ? 'Disabled: this account cannot sign in.' : 'Active: this account can sign in.'}
      </Typography>
      {disabled && user.disabledReason && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Reason: {user.disabledReason}
        </Typography>
      )}
      {mayChange && (
        <Button variant="outlined" color={disabled ? 'primary' : 'error'} onClick={() => setConfirming(true)}>
          {disabled ? 'Enable account' : 'Disable account'}
        </Button>
      )}
      {confirming && (
        <ConfirmDialog
          title={disabled ? `Enable ${user.name}?` : `Disable ${user.name}?`}
          confirmLabel={disabled ? 'Enable account' : 'Disable account'}
          destructive={!disabled}
          reasonLabel={disabled ? undefined : 'Reason (for administrators)'}
          onClose={() => setConfirming(false)}
          onConfirm={async (reason) => {
            const problem = await actionProblem(async () => {
              if (disabled)
                return (await enableUser({ variables: { userId: user.id } })).data?.enableUser.userErrors;
              return (await disableUser({ variables: { userId: user.id, reason } })).data?.disableUser
                .userErrors;
            });
            if (!problem) {
              onDone({
                severity: 'success',
                text: disabled
                  ? `${user.name} can sign in again.`
                  : `${user.name} is disabled and signed out everywhere.`,
              });
            }
            return problem;
          }}
        >
          {disabled
            ? 'The account can sign in again with its password.'
            : 'Sign-in is refused and every session of this account ends within seconds. You can enable it again later.'}
        </ConfirmDialog>
      )}
    </Section>
  );
}
