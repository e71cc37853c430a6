'use client';

import DialogContentText from '@mui/material/DialogContentText';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ReviewModerationDecision } from '@/__generated__/graphql';
import { answered, failedWith } from '@/lib/form-submission';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormDialog } from './form-dialog';

export type ReviewDecision = ReviewModerationDecision;

const NOTE_LIMIT = 1000;

/**
 * Confirms a moderation decision and takes an optional note for the author. Rejecting hides the review (and
 * takes it out of the rating), so the dialog says so before anything changes. `onConfirm` returns an error
 * text to show in the dialog, or null when done (the dialog then closes).
 */
export function ReviewDecisionDialog({
  decision,
  reviewLabel,
  onConfirm,
  onCancel,
}: {
  decision: ReviewDecision;
  reviewLabel: string;
  onConfirm: (note: string | null) => Promise<string | null>;
  onCancel: () => void;
}) {
  const [note, setNote] = useState('');
  const { busy, problem, handleSubmit } = useFormSubmission();
  const tooLong = note.length > NOTE_LIMIT;
  const approve = decision === 'APPROVE';

  const submit = handleSubmit(async () => {
    const failure = await onConfirm(note.trim() || null);
    return failure ? failedWith(failure) : answered([], onCancel);
  });

  return (
    <FormDialog
      title={approve ? 'Publish review' : 'Reject review'}
      intro={
        <DialogContentText>
          {approve
            ? `Publish “${reviewLabel}”? It becomes visible on the product page and counts in the rating.`
            : `Reject “${reviewLabel}”? It is hidden from customers and leaves the product rating.`}
        </DialogContentText>
      }
      problem={problem}
      submitLabel={approve ? 'Publish' : 'Reject'}
      busyLabel={approve ? 'Publishing…' : 'Rejecting…'}
      destructive={!approve}
      busy={busy}
      canSubmit={!tooLong}
      maxWidth="sm"
      onSubmit={submit}
      onClose={onCancel}
    >
      <TextField
        label="Note for the author (optional)"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        multiline
        minRows={2}
        fullWidth
        error={tooLong}
        helperText={tooLong ? `At most ${NOTE_LIMIT} characters` : `${note.length}/${NOTE_LIMIT}`}
      />
    </FormDialog>
  );
}
