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
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeApiError, userErrorText } from '@msa/web-kit/api-errors';
import { AdjustStockMutation, SetLowStockThresholdMutation } from '@/graphql/operations.graphql';

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
  const [problem, setProblem] = useState<string | null>(null);
  const [adjustStock, adjusting] = useMutation(AdjustStockMutation);
  const [setLowStockThreshold, settingThreshold] = useMutation(SetLowStockThresholdMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const deltaText = delta.trim();
    const thresholdText = threshold.trim();
    if (deltaText && (!WHOLE.test(deltaText) || Number(deltaText) === 0))
      return setProblem('Enter a whole number of units, e.g. 10 or -2.');
    if (deltaText && !reason.trim())
      return setProblem('Say why the stock changes, e.g. "Delivery 4711" or "Count correction".');
    if (!/^\d+$/.test(thresholdText)) return setProblem('The low-stock level is a whole number, 0 or more.');
    try {
      if (deltaText) {
        const { data } = await adjustStock({
          variables: { variantId: target.variantId, delta: Number(deltaText), reason: reason.trim() },
        });
        const refused = userErrorText(data?.adjustStock.userErrors);
        if (refused) return setProblem(refused);
      }
      if (Number(thresholdText) !== target.lowStockThreshold) {
        const { data } = await setLowStockThreshold({
          variables: { variantId: target.variantId, threshold: Number(thresholdText) },
        });
        const refused = userErrorText(data?.setLowStockThreshold.userErrors);
        if (refused) return setProblem(refused);
      }
      onSaved();
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  const busy = adjusting.loading || settingThreshold.loading;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle>Stock of {target.label}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              On hand {target.onHand}, reserved for orders {target.reserved}.
            </Typography>
            {problem && <Alert severity="error">{problem}</Alert>}
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
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
