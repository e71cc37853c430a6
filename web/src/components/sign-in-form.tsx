'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MuiLink from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { SignInMutation } from '@/graphql/account.graphql';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { CredentialFields } from '@msa/web-kit/credential-fields';
import { useCompleteSignIn } from '@/lib/use-sign-in';

export function SignInForm({ next }: { next: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [signIn, { loading }] = useMutation(SignInMutation);
  const completeSignIn = useCompleteSignIn();
  const router = useRouter();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      setFinishing(true);
      const refused = await completeSignIn(data?.login);
      if (refused) {
        setProblem(userErrorsMessage(refused));
        return;
      }
      router.push(next);
    } catch (error) {
      setProblem(describeApiError(error));
    } finally {
      setFinishing(false);
    }
  };

  const busy = loading || finishing;
  return (
    <Paper variant="outlined" sx={{ p: 4, maxWidth: 420, mx: 'auto' }}>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          Sign in
        </Typography>
        {problem && <Alert severity="error">{problem}</Alert>}
        <CredentialFields
          email={email}
          password={password}
          onEmailChange={setEmail}
          onPasswordChange={setPassword}
        />
        <MuiLink component={Link} href="/forgot-password" variant="body2" sx={{ alignSelf: 'flex-end' }}>
          Forgot password?
        </MuiLink>
        <Button type="submit" variant="contained" size="large" disabled={busy || !email || !password}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
        <Typography variant="body2">
          New here?{' '}
          <MuiLink component={Link} href={`/register?next=${encodeURIComponent(next)}`}>
            Create an account
          </MuiLink>
        </Typography>
        <Typography variant="body2">
          Bought as a guest?{' '}
          <MuiLink component={Link} href="/order-lookup">
            Find my order
          </MuiLink>
        </Typography>
      </Stack>
    </Paper>
  );
}
