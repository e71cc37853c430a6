'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MuiLink from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { RequestPasswordResetMutation } from '@/graphql/account-recovery.graphql';
import { RecoveryCard } from './recovery-card';

/**
 * Asks for a reset email. The confirmation is the same whether or not the address has an account: the API
 * answers the same, and so does this page.
 */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await requestReset({ variables: { email: email.trim() } });
      const refused = userErrorsMessage(data?.requestPasswordReset.userErrors);
      if (refused) setProblem(refused);
      else setSentTo(email.trim());
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  if (sentTo)
    return (
      <RecoveryCard title="Check your email">
        <Stack spacing={2}>
          <Alert severity="success" role="status">
            If an account exists for {sentTo}, we have sent it a link to choose a new password. The link works
            once, for 30 minutes.
          </Alert>
          <Typography variant="body2">
            Nothing arrived? Check your spam folder, or{' '}
            <MuiLink component="button" type="button" onClick={() => setSentTo(null)}>
              try another address
            </MuiLink>
            .
          </Typography>
          <MuiLink component={Link} href="/sign-in">
            Back to sign in
          </MuiLink>
        </Stack>
      </RecoveryCard>
    );

  return (
    <RecoveryCard title="Forgot your password?">
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        <Typography variant="body2" color="text.secondary">
          Enter the email you signed up with and we will send you a link to choose a new password.
        </Typography>
        {problem && <Alert severity="error">{problem}</Alert>}
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Button type="submit" variant="contained" size="large" disabled={loading || !email.trim()}>
          {loading ? 'Sending…' : 'Send reset link'}
        </Button>
        <MuiLink component={Link} href="/sign-in" variant="body2">
          Back to sign in
        </MuiLink>
      </Stack>
    </RecoveryCard>
  );
}
