'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MuiLink from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { ResetPasswordMutation } from '@/graphql/account-recovery.graphql';
import { useCompleteSignIn } from '@/lib/use-sign-in';
import { RecoveryCard } from './recovery-card';

/** Codes after which this link cannot work again: offer a new one instead of the form. */
const DEAD_LINK_CODES = new Set(['INVALID_LINK', 'LINK_EXPIRED', 'LINK_ALREADY_USED']);

/** Sets a new password with the token from the reset email, then signs in (every other session ends). */
export function ResetPasswordForm({ token }: { token: string }) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [deadLink, setDeadLink] = useState(!token);
  const [finishing, setFinishing] = useState(false);
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation);
  const completeSignIn = useCompleteSignIn();
  const router = useRouter();
  const mismatch = repeat.length > 0 && password !== repeat;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) {
      setProblem('The two passwords do not match.');
      return;
    }
    setProblem(null);
    try {
      const { data } = await resetPassword({ variables: { token, newPassword: password } });
      const payload = data?.resetPassword;
      if (payload?.userErrors.some((error) => DEAD_LINK_CODES.has(error.code))) setDeadLink(true);
      setFinishing(true);
      const refused = await completeSignIn(payload);
      if (refused) {
        setProblem(userErrorsMessage(refused));
        return;
      }
      router.push('/account');
    } catch (error) {
      setProblem(describeApiError(error));
    } finally {
      setFinishing(false);
    }
  };

  if (deadLink)
    return (
      <RecoveryCard title="This link no longer works">
        <Stack spacing={2}>
          <Alert severity="warning">
            {problem ?? 'This reset link is not complete. Open the link from the email again.'}
          </Alert>
          <Button component={Link} href="/forgot-password" variant="contained">
            Send a new link
          </Button>
        </Stack>
      </RecoveryCard>
    );

  const busy = loading || finishing;
  return (
    <RecoveryCard title="Choose a new password">
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        {problem && <Alert severity="error">{problem}</Alert>}
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          helperText="At least 10 characters. Use one you do not use elsewhere."
        />
        <TextField
          label="Repeat the new password"
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
          error={mismatch}
          helperText={mismatch ? 'The two passwords do not match.' : ' '}
        />
        <Button type="submit" variant="contained" size="large" disabled={busy || !password || !repeat}>
          {busy ? 'Saving…' : 'Set password and sign in'}
        </Button>
        <MuiLink component={Link} href="/sign-in" variant="body2">
          Back to sign in
        </MuiLink>
      </Stack>
    </RecoveryCard>
  );
}
