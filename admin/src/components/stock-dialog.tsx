'use client';

import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { AdjustStockMutation, SetLowStockThresholdMutation } from '@/graphql/operations.graphql';
import { answered, checkFailed } from '@/lib/form-submission';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormDialog } from './form-dialog';

export interface StockTarget {
  variantId: string;
  label: string;
  onHand: number;
  reserved: number;
  lowStockThreshold: number;
}

const WHOLE = /^-?\d+$/;

/** Receives or corrects stock of one variant (a signed delta with a reason) and sets its low-stock level. */
export function StockDialog({
  target,
  onClose,
  onSaved,
}: {
  target: StockTarget;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const [threshold, setThreshold] = useState(String(target.lowStockThreshold));
  const { busy, problem, handleSubmit } = useFormSubmission();
  const [adjustStock] = useMutation(AdjustStockMutation);
  const [setLowStockThreshold] = useMutation(SetLowStockThresholdMutation);

  const submit = handleSubmit(async () => {
    const deltaText = delta.trim();
    const thresholdText = threshold.trim();
    if (deltaText && (!WHOLE.test(deltaText) || Number(deltaText) === 0))
      return checkFailed({}, 'Enter a whole number of units, e.g. 10 or -2.');
    if (deltaText && !reason.trim())
      return checkFailed({}, 'Say why the stock changes, e.g. "Delivery 4711" or "Count correction".');
    if (!/^\d+$/.test(thresholdText))
      return checkFailed({}, 'The low-stock level is a whole number, 0 or more.');
    if (deltaText) {
      const { data } = await adjustStock({
        variables: { variantId: target.variantId, delta: Number(deltaText), reason: reason.trim() },
      });
      const refused = data?.adjustStock.userErrors ?? [];
      if (refused.length > 0) return answered(refused);
    }
    if (Number(thresholdText) !== target.lowStockThreshold) {
      const { data } = await setLowStockThreshold({
        variables: { variantId: target.variantId, threshold: Number(thresholdText) },
      });
      return answered(data?.setLowStockThreshold.userErrors, onSaved);
    }
    return answered([], onSaved);
  });

  return (
    <FormDialog
      title={`Stock of ${target.label}`}
      intro={
        <Typography variant="body2" color="text.secondary">
          On hand {target.onHand}, reserved for orders {target.reserved}.
        </Typography>
      }
      problem={problem}
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        label="Change on hand by"
        value={delta}
        onChange={(event) => setDelta(event.target.value)}
        helperText="Positive for a delivery, negative for damage or a correction; empty for no change."
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        autoFocus
      />
      <TextField label="Reason" value={reason} onChange={(event) => setReason(event.target.value)} />
      <TextField
        label="Low-stock level"
        value={threshold}
        onChange={(event) => setThreshold(event.target.value)}
        helperText="Listed as low on stock at or below this many available units."
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
    </FormDialog>
  );
}
