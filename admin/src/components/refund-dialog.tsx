'use client';

import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { toMoneyInput, type MoneyValue } from '@msa/web-kit/money';
import { RefundPaymentMutation } from '@/graphql/orders.graphql';
import { answered, checkFailed } from '@/lib/form-submission';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { parseRefundAmount } from '@/lib/refund-amount';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormDialog } from './form-dialog';

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
  const { busy, problem, handleSubmit } = useFormSubmission();
  const [refundPayment] = useMutation(RefundPaymentMutation);
  const [idempotencyKey] = useState(newIdempotencyKey);

  const submit = handleSubmit(async () => {
    const amount = parseRefundAmount(amountText, refundable.amount, refundable.currency);
    if (!amount.ok) return checkFailed({}, amount.message);
    if (!reason.trim()) return checkFailed({}, 'Say why the money goes back, e.g. "Damaged in transit".');
    const { data } = await refundPayment({
      variables: { paymentId, amount: amount.amount, reason: reason.trim(), idempotencyKey },
    });
    const refund = data?.refundPayment.refund;
    if (refund?.status === 'FAILED') {
      return answered([
        { code: 'REFUND_FAILED', message: refund.failureReason ?? 'The provider refused the refund.' },
      ]);
    }
    return answered(data?.refundPayment.userErrors, () =>
      onRefunded(refund ? `Refunded ${refund.amount.formatted}.` : 'Refund recorded.'),
    );
  });

  return (
    <FormDialog
      title="Refund payment"
      intro={
        <Typography variant="body2" color="text.secondary">
          Up to {refundableText} can still be refunded. The money goes back to the customer&apos;s card.
        </Typography>
      }
      problem={problem}
      submitLabel="Refund"
      busyLabel="Refunding…"
      destructive
      busy={busy}
      lockWhileBusy
      onSubmit={submit}
      onClose={onClose}
    >
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
    </FormDialog>
  );
}
