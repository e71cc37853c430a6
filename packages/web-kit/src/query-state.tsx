'use client';

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { describeApiError } from './api-errors';

/** Shown while a page's data loads. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <Box
      role="status"
      sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 6, justifyContent: 'center' }}
    >
      <CircularProgress size={24} />
      <Typography color="text.secondary">{label}</Typography>
    </Box>
  );
}

/** A failed request, explained, with a way to try again. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      severity="error"
      sx={{ my: 2 }}
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    >
      {describeApiError(error)}
    </Alert>
  );
}

/** The reasons a mutation was refused (its userErrors), or nothing. */
export function UserErrorsNotice({ messages }: { messages: string | null }) {
  return messages ? (
    <Alert severity="warning" sx={{ my: 2 }}>
      {messages}
    </Alert>
  ) : null;
}
