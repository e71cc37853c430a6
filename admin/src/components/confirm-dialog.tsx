'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';

/**
 * Asks before an action takes effect. With `reasonLabel` it also asks why (required). `onConfirm` returns
 * an error text to show in the dialog, or null when done (the dialog then closes). A second click while the
 * first is under way does nothing.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  destructive = false,
  reasonLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  reasonLabel?: string;
  onConfirm: (reason: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    if (reasonLabel && !reason.trim()) return setProblem(`${reasonLabel} is required.`);
    inFlight.current = true;
    setBusy(true);
    setProblem(null);
    try {
      const failure = await onConfirm(reason.trim());
      if (failure) setProblem(failure);
      else onClose();
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography component="div">{children}</Typography>
            {problem && <Alert severity="error">{problem}</Alert>}
            {reasonLabel && (
              <TextField
                label={reasonLabel}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                multiline
                minRows={2}
                autoFocus
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Keep as is
          </Button>
          <Button type="submit" variant="contained" color={destructive ? 'error' : 'primary'} disabled={busy}>
            {busy ? 'Working…' : confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
