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
import { useRef, useState, type FormEvent } from 'react';
import { toMoneyInput, type MoneyValue } from '@msa/web-kit/money';
import { RefundPaymentMutation } from '@/graphql/orders.graphql';
import { actionProblem } from '@/lib/action-outcome';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { parseRefundAmount } from '@/lib/refund-amount';

/**
 * Pays back part or all of a payment. The amount starts at everything left to refund; the reason is kept
 * with the refund. Every opening of the dialog has its own idempotency key, so submitting twice (a double
 * click, a retry after a lost answer) refunds once; a second submit while the first is under way is not even
 * sent.
 */
export function RefundDialog({
  paymentId,
  refundable,
  refundableText,
  onClose,
  onRefunded,
}: {
  paymentId: string;
  refundable: MoneyValue;
  refundableText: string;
  onClose: () => void;
  onRefunded: (message: string) => void;
}) {
  const [amountText, setAmountText] = useState(toMoneyInput(refundable.amount, refundable.currency));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [refundPayment, { loading }] = useMutation(RefundPaymentMutation);
  const inFlight = useRef(false);
  const [idempotencyKey] = useState(newIdempotencyKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    const amount = parseRefundAmount(amountText, refundable.amount, refundable.currency);
    if (!amount.ok) return setProblem(amount.message);
    if (!reason.trim()) return setProblem('Say why the money goes back, e.g. "Damaged in transit".');
    inFlight.current = true;
    setProblem(null);
    let refunded: string | null = null;
    const failure = await actionProblem(async () => {
      const { data } = await refundPayment({
        variables: { paymentId, amount: amount.amount, reason: reason.trim(), idempotencyKey },
      });
      const refund = data?.refundPayment.refund;
      if (refund?.status === 'FAILED') {
        return [
          { code: 'REFUND_FAILED', message: refund.failureReason ?? 'The provider refused the refund.' },
        ];
      }
      refunded = refund ? `Refunded ${refund.amount.formatted}.` : null;
      return data?.refundPayment.userErrors;
    });
    inFlight.current = false;
    if (failure) return setProblem(failure);
    onRefunded(refunded ?? 'Refund recorded.');
  };

  return (
    <Dialog open onClose={loading ? undefined : onClose} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle>Refund payment</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              Up to {refundableText} can still be refunded. The money goes back to the customer&apos;s card.
            </Typography>
            {problem && <Alert severity="error">{problem}</Alert>}
            <TextField
              label={`Amount (${refundable.currency})`}
              value={amountText}
              onChange={(event) => setAmountText(event.target.value)}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              autoFocus
            />
            <TextField
              label="Reason"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              multiline
              minRows={2}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" color="error" disabled={loading}>
            {loading ? 'Refunding…' : 'Refund'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
