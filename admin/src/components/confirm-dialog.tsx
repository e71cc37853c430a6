'use client';

import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { answered, checkFailed, failedWith } from '@/lib/form-submission';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormDialog } from './form-dialog';

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
  const { busy, problem, handleSubmit } = useFormSubmission();

  const submit = handleSubmit(async () => {
    if (reasonLabel && !reason.trim()) return checkFailed({}, `${reasonLabel} is required.`);
    const failure = await onConfirm(reason.trim());
    return failure ? failedWith(failure) : answered([], onClose);
  });

  return (
    <FormDialog
      title={title}
      intro={<Typography component="div">{children}</Typography>}
      problem={problem}
      submitLabel={confirmLabel}
      busyLabel="Working…"
      cancelLabel="Keep as is"
      destructive={destructive}
      busy={busy}
      lockWhileBusy
      onSubmit={submit}
      onClose={onClose}
    >
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
    </FormDialog>
  );
}
