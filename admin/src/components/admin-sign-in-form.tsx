'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { describeApiError, userErrorText } from '@msa/web-kit/api-errors';
import { CredentialFields } from '@msa/web-kit/credential-fields';
import { useRuntime, useSession } from '@msa/web-kit/runtime-provider';
import { toSessionGrant } from '@msa/web-kit/session-store';
import { AdminSignInMutation, EndSessionMutation } from '@/graphql/auth.graphql';
import { dashboardAccess } from '@/lib/dashboard-access';

/**
 * Sign-in for staff and administrators. A customer account is told why it cannot continue, and the session
 * the API just opened for it is ended right away instead of being kept in this browser.
 */
export function AdminSignInForm({ next }: { next: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<{ severity: 'error' | 'warning'; text: string } | null>(null);
  const [signIn, { loading }] = useMutation(AdminSignInMutation);
  const [endSession] = useMutation(EndSessionMutation);
  const { session } = useRuntime();
  const state = useSession();
  const router = useRouter();

  const alreadyIn = state.status === 'signed-in' && dashboardAccess(state.user.role).allowed;
  useEffect(() => {
    if (alreadyIn) router.replace(next);
  }, [alreadyIn, next, router]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      const grant = toSessionGrant(data?.login);
      if (!grant) {
        setProblem({ severity: 'error', text: userErrorText(data?.login.userErrors) ?? 'Sign-in failed.' });
        return;
      }
      const access = dashboardAccess(grant.user.role);
      if (!access.allowed) {
        setProblem({ severity: 'warning', text: access.message });
        await endSession({ variables: { refreshToken: grant.refreshToken } }).catch(() => undefined);
        return;
      }
      session.store.signIn(grant);
      router.replace(next);
    } catch (error) {
      setProblem({ severity: 'error', text: describeApiError(error) });
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 4, maxWidth: 420, mx: 'auto', mt: 10 }}>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          MSA Admin
        </Typography>
        <Typography color="text.secondary">Sign in with a staff or administrator account.</Typography>
        {problem && <Alert severity={problem.severity}>{problem.text}</Alert>}
        <CredentialFields
          email={email}
          password={password}
          onEmailChange={setEmail}
          onPasswordChange={setPassword}
        />
        <Button type="submit" variant="contained" size="large" disabled={loading || !email || !password}>
          {loading ? 'Signing in…' : 'Sign in'}
        </Button>
      </Stack>
    </Paper>
  );
}
