'use client';

import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ReviewModerationDecision } from '@/__generated__/graphql';

export type ReviewDecision = ReviewModerationDecision;

const NOTE_LIMIT = 1000;

/**
 * Confirms a moderation decision and takes an optional note for the author. Rejecting hides the review (and
 * takes it out of the rating), so the dialog says so before anything changes.
 */
export function ReviewDecisionDialog({
  decision,
  reviewLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  decision: ReviewDecision;
  reviewLabel: string;
  busy: boolean;
  onConfirm: (note: string | null) => void;
  onCancel: () => void;
}) {
  const [note, setNote] = useState('');
  const tooLong = note.length > NOTE_LIMIT;
  const approve = decision === 'APPROVE';
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm" aria-labelledby="review-decision-title">
      <DialogTitle id="review-decision-title">{approve ? 'Publish review' : 'Reject review'}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {approve
            ? `Publish “${reviewLabel}”? It becomes visible on the product page and counts in the rating.`
            : `Reject “${reviewLabel}”? It is hidden from customers and leaves the product rating.`}
        </DialogContentText>
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
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button
          variant="contained"
          color={approve ? 'primary' : 'error'}
          disabled={busy || tooLong}
          onClick={() => onConfirm(note.trim() || null)}
        >
          {approve ? 'Publish' : 'Reject'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
