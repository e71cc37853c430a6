'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { FormEvent, ReactNode } from 'react';

/**
 * A dialog around a form: its title (which names the dialog), what the form is about (`intro`), the problem
 * of the last submit, the fields, and Cancel / submit. While `busy` the submit button says `busyLabel` and is
 * disabled; with `lockWhileBusy` the dialog also cannot be closed then (for actions that must not be left
 * half-way, such as a refund).
 */
export function FormDialog({
  title,
  intro,
  problem,
  children,
  submitLabel = 'Save',
  busyLabel = 'Saving…',
  cancelLabel = 'Cancel',
  destructive = false,
  busy,
  canSubmit = true,
  lockWhileBusy = false,
  maxWidth = 'xs',
  onSubmit,
  onClose,
}: {
  title: string;
  intro?: ReactNode;
  problem: string | null;
  children?: ReactNode;
  submitLabel?: string;
  busyLabel?: string;
  cancelLabel?: string;
  destructive?: boolean;
  busy: boolean;
  /** False while the form is known to be wrong (its fields say why), which disables the submit button. */
  canSubmit?: boolean;
  lockWhileBusy?: boolean;
  maxWidth?: DialogProps['maxWidth'];
  onSubmit: (event: FormEvent) => void;
  onClose: () => void;
}) {
  const locked = lockWhileBusy && busy;
  return (
    <Dialog open onClose={locked ? undefined : onClose} fullWidth maxWidth={maxWidth}>
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {intro}
            {problem && <Alert severity="error">{problem}</Alert>}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={locked}>
            {cancelLabel}
          </Button>
          <Button
            type="submit"
            variant="contained"
            color={destructive ? 'error' : 'primary'}
            disabled={busy || !canSubmit}
          >
            {busy ? busyLabel : submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
