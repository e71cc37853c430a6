'use client';

import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { useRuntime } from '@msa/web-kit/runtime-provider';
import { toSessionGrant } from '@msa/web-kit/session-store';
import {
  ChangePasswordMutation,
  MyProfileQuery,
  UpdateProfileMutation,
} from '@/graphql/account-settings.graphql';
import { EmailVerificationNotice } from './email-verification-notice';
import { FormFeedback, type Feedback } from './form-feedback';
import { AccountHeading, SignedInOnly } from './signed-in-only';

export function ProfilePage() {
  return (
    <SignedInOnly title="Your profile" path="/account">
      <AccountHeading>Your profile</AccountHeading>
      <Stack spacing={3} sx={{ maxWidth: 560 }}>
        <EmailVerificationNotice />
        <ProfileForm />
        <PasswordForm />
      </Stack>
    </SignedInOnly>
  );
}

function ProfileForm() {
  const { data, error, loading, refetch } = useQuery(MyProfileQuery);
  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading label="Loading your profile…" />;
  if (!data?.me) return null;
  return <ProfileFields key={data.me.id} name={data.me.name} email={data.me.email ?? ''} />;
}

function ProfileFields(initial: { name: string; email: string }) {
  const { session } = useRuntime();
  const [updateProfile, { loading }] = useMutation(UpdateProfileMutation);
  const [name, setName] = useState(initial.name);
  const [email, setEmail] = useState(initial.email);
  const [currentPassword, setCurrentPassword] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const emailChanged = email.trim().toLowerCase() !== initial.email.toLowerCase();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFeedback(null);
    try {
      const { data } = await updateProfile({
        variables: {
          input: {
            name: name.trim(),
            ...(emailChanged ? { email: email.trim(), currentPassword } : {}),
          },
        },
      });
      const problem = userErrorsMessage(data?.updateProfile.userErrors);
      if (problem) {
        setFeedback({ severity: 'warning', text: problem });
        return;
      }
      setCurrentPassword('');
      setFeedback({ severity: 'success', text: 'Your profile is saved.' });
      // The header shows the session's name: renew the session to pick up the new one.
      void session.refresh();
    } catch (error) {
      setFeedback({ severity: 'error', text: describeApiError(error) });
    }
  };

  return (
    <Paper
      variant="outlined"
      sx={{ p: { xs: 2, sm: 3 } }}
      component="form"
      onSubmit={submit}
      aria-label="Profile"
    >
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        Name and email
      </Typography>
      <Stack spacing={2}>
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} required />
        <TextField
          label="Email"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
        {emailChanged && (
          <TextField
            label="Current password"
            type="password"
            autoComplete="current-password"
            helperText="Needed to change your email."
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
            required
          />
        )}
        <FormFeedback feedback={feedback} />
        <Button type="submit" variant="contained" disabled={loading} sx={{ alignSelf: 'flex-start' }}>
          {loading ? 'Saving…' : 'Save profile'}
        </Button>
      </Stack>
    </Paper>
  );
}

function PasswordForm() {
  const { session } = useRuntime();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (newPassword !== repeat) {
      setFeedback({ severity: 'warning', text: 'The new passwords do not match.' });
      return;
    }
    setFeedback(null);
    try {
      const { data } = await changePassword({ variables: { currentPassword, newPassword } });
      const payload = data?.changePassword;
      const problem = userErrorsMessage(payload?.userErrors);
      const grant = toSessionGrant(payload);
      if (problem || !grant) {
        setFeedback({
          severity: 'warning',
          text: problem ?? 'The password was not changed. Please try again.',
        });
        return;
      }
      // Every other session ended; this one continues with the tokens of the new session.
      session.store.signIn(grant);
      setCurrentPassword('');
      setNewPassword('');
      setRepeat('');
      setFeedback({
        severity: 'success',
        text: 'Your password is changed. Other devices have been signed out.',
      });
    } catch (error) {
      setFeedback({ severity: 'error', text: describeApiError(error) });
    }
  };

  return (
    <Paper
      variant="outlined"
      sx={{ p: { xs: 2, sm: 3 } }}
      component="form"
      onSubmit={submit}
      aria-label="Change password"
    >
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        Change password
      </Typography>
      <Stack spacing={2}>
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          required
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          required
        />
        <TextField
          label="Repeat new password"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          required
        />
        <FormFeedback feedback={feedback} />
        <Button type="submit" variant="contained" disabled={loading} sx={{ alignSelf: 'flex-start' }}>
          {loading ? 'Changing…' : 'Change password'}
        </Button>
      </Stack>
    </Paper>
  );
}
