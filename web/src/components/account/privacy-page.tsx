'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { describeApiError } from '@msa/web-kit/api-errors';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { useRuntime } from '@msa/web-kit/runtime-provider';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import {
  DeleteMyAccountMutation,
  MyDataExportQuery,
  RequestDataExportMutation,
} from '@/graphql/privacy.graphql';
import { FormFeedback, type Feedback } from './form-feedback';
import { AccountHeading, SignedInOnly } from './signed-in-only';

/** How often a pending export is looked at again while the page is open. */
const PENDING_POLL_MS = 2_000;

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

export function PrivacyPage() {
  return (
    <SignedInOnly title="Privacy" path="/account/privacy">
      <AccountHeading>Privacy</AccountHeading>
      <Stack spacing={3} sx={{ maxWidth: 640 }}>
        <DataExportSection />
        <DeleteAccountSection />
      </Stack>
    </SignedInOnly>
  );
}

function DataExportSection() {
  const { session, endpoints } = useRuntime();
  const { data, error, loading, refetch, startPolling, stopPolling } = useQuery(MyDataExportQuery);
  const [requestExport, { loading: requesting }] = useMutation(RequestDataExportMutation);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [downloading, setDownloading] = useState(false);
  const current = data?.myDataExport ?? null;
  const pending = current?.status === 'PENDING';

  // Poll only while parts are still arriving; the notification also tells when it is ready.
  useEffect(() => {
    if (pending) startPolling(PENDING_POLL_MS);
    else stopPolling();
  }, [pending, startPolling, stopPolling]);

  const request = async () => {
    setFeedback(null);
    try {
      const { data: result } = await requestExport();
      const problem = userErrorsMessage(result?.requestDataExport.userErrors);
      if (problem) setFeedback({ severity: 'warning', text: problem });
      await refetch();
    } catch (failure) {
      setFeedback({ severity: 'error', text: describeApiError(failure) });
    }
  };

  /** The link works only with the owner's token, so the file is fetched here and handed to the browser. */
  const download = async (path: string) => {
    setFeedback(null);
    setDownloading(true);
    try {
      const token = session.store.accessToken(10_000) ?? (await session.refresh());
      const response = await fetch(`${endpoints.origin}${path}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) {
        setFeedback({
          severity: 'warning',
          text:
            response.status === 410
              ? 'This download link has expired. Request a new export.'
              : 'The export could not be downloaded. Please try again.',
        });
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = 'my-data.json';
      anchor.click();
      URL.revokeObjectURL(url);
    } catch (failure) {
      setFeedback({ severity: 'error', text: describeApiError(failure) });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }} component="section" aria-label="Download my data">
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        Download my data
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Get a copy of everything we keep about you — profile, addresses, orders, returns, payments, shipments,
        reviews, notifications, cart and search history — as one JSON file. We prepare it in the background
        and send you a notification when it is ready; the link works for 24 hours.
      </Typography>
      {error && !data ? (
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading your exports…" />
      ) : (
        <Stack spacing={2}>
          {pending && current && (
            <Stack spacing={1} role="status" aria-label="Export progress">
              <Typography>
                Preparing your export… {current.partsReceived} of {current.partsExpected} services have sent
                their part.
              </Typography>
              <LinearProgress
                variant="determinate"
                value={(100 * current.partsReceived) / Math.max(1, current.partsExpected)}
                aria-label="Export progress"
              />
            </Stack>
          )}
          {current?.status === 'READY' && current.downloadPath && (
            <Alert severity="success" role="status">
              Your export is ready. The link works until{' '}
              {dateTime.format(new Date(current.expiresAt as string))}.
            </Alert>
          )}
          <FormFeedback feedback={feedback} />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            {current?.status === 'READY' && current.downloadPath && (
              <Button
                variant="contained"
                disabled={downloading}
                onClick={() => void download(current.downloadPath!)}
              >
                {downloading ? 'Downloading…' : 'Download my data'}
              </Button>
            )}
            <Button
              variant={current?.status === 'READY' ? 'outlined' : 'contained'}
              disabled={requesting || pending}
              onClick={() => void request()}
            >
              {requesting ? 'Requesting…' : current ? 'Request a new export' : 'Request my data'}
            </Button>
          </Stack>
        </Stack>
      )}
    </Paper>
  );
}

function DeleteAccountSection() {
  const { session } = useRuntime();
  const router = useRouter();
  const [deleteAccount, { loading }] = useMutation(DeleteMyAccountMutation);
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);

  const close = () => {
    setOpen(false);
    setPassword('');
    setFeedback(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFeedback(null);
    try {
      const { data } = await deleteAccount({ variables: { password } });
      const errors = data?.deleteMyAccount.userErrors ?? [];
      // The shared wording of INVALID_CREDENTIALS speaks of an email; here only the password was asked for.
      const problem = errors.some((e) => e.code === 'INVALID_CREDENTIALS')
        ? 'That is not your password; nothing was deleted.'
        : userErrorsMessage(errors);
      if (problem || !data?.deleteMyAccount.deleted) {
        setFeedback({
          severity: 'warning',
          text: problem ?? 'Your account was not deleted. Please try again.',
        });
        return;
      }
      // Every session already ended on the server; forget this one here too.
      session.store.signOut();
      router.replace('/');
    } catch (failure) {
      setFeedback({ severity: 'error', text: describeApiError(failure) });
    }
  };

  return (
    <Paper
      variant="outlined"
      sx={{ p: { xs: 2, sm: 3 }, borderColor: 'error.light' }}
      component="section"
      aria-label="Delete my account"
    >
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        Delete my account
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Deleting your account signs you out everywhere and erases your personal data: addresses, cart, saved
        devices, notifications and preferences. Your reviews stay, shown as written by a deleted account.
        Orders are kept for our accounting without your name, address or contact details. This cannot be
        undone.
      </Typography>
      <Button color="error" variant="outlined" onClick={() => setOpen(true)}>
        Delete my account
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby="delete-account-title" fullWidth maxWidth="xs">
        <form onSubmit={submit} aria-label="Confirm account deletion">
          <DialogTitle id="delete-account-title">Delete your account for good?</DialogTitle>
          <DialogContent>
            <Stack spacing={2}>
              <Alert severity="warning">
                This cannot be undone. Download your data first if you want to keep a copy.
              </Alert>
              <DialogContentText>Enter your password to confirm.</DialogContentText>
              <TextField
                label="Password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
                autoFocus
              />
              <FormFeedback feedback={feedback} />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>Keep my account</Button>
            <Button type="submit" color="error" variant="contained" disabled={loading || !password}>
              {loading ? 'Deleting…' : 'Delete my account'}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </Paper>
  );
}
