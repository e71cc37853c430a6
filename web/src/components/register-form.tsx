'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MuiLink from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { RegisterMutation } from '@/graphql/account.graphql';
import { describeApiError, userErrorsByField } from '@msa/web-kit/api-errors';
import { userErrorMessage, userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { useCompleteSignIn } from '@/lib/use-sign-in';

export function RegisterForm({ next }: { next: string }) {
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [register, { loading }] = useMutation(RegisterMutation);
  const completeSignIn = useCompleteSignIn();
  const router = useRouter();

  const change = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setFieldErrors({});
    try {
      const { data } = await register({
        variables: { input: { name: form.name.trim(), email: form.email.trim(), password: form.password } },
      });
      setFinishing(true);
      const refused = await completeSignIn(data?.register);
      if (refused) {
        const byField = userErrorsByField(
          refused.map((error) => ({ ...error, message: userErrorMessage(error) })),
        );
        setFieldErrors(byField);
        if (Object.keys(byField).length === 0) setProblem(userErrorsMessage(refused));
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
          Create an account
        </Typography>
        {problem && <Alert severity="error">{problem}</Alert>}
        <TextField
          label="Name"
          autoComplete="name"
          required
          value={form.name}
          onChange={change('name')}
          error={Boolean(fieldErrors.name)}
          helperText={fieldErrors.name}
        />
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={change('email')}
          error={Boolean(fieldErrors.email)}
          helperText={fieldErrors.email}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          value={form.password}
          onChange={change('password')}
          error={Boolean(fieldErrors.password)}
          helperText={fieldErrors.password ?? 'Use a long password that you do not use elsewhere.'}
        />
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={busy || !form.name || !form.email || !form.password}
        >
          {busy ? 'Creating account…' : 'Create account'}
        </Button>
        <Typography variant="body2">
          Already have an account?{' '}
          <MuiLink component={Link} href={`/sign-in?next=${encodeURIComponent(next)}`}>
            Sign in
          </MuiLink>
        </Typography>
      </Stack>
    </Paper>
  );
}
