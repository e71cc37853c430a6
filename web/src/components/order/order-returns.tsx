import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReturnFieldsFragment } from '@/__generated__/graphql';
import { canWithdrawReturn, returnStatusText } from '@/lib/order-actions';
import { WithdrawReturnButton } from './withdraw-return-button';

const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** The returns of an order, each with its lines, refund and where it stands. */
export function OrderReturns({
  orderId,
  returns,
}: {
  orderId: string;
  returns: readonly ReturnFieldsFragment[];
}) {
  return (
    <Stack spacing={1.5} aria-label="Returns">
      {returns.map((entry) => (
        <Paper key={entry.id} variant="outlined" sx={{ p: 2 }}>
          <Typography sx={{ fontWeight: 600 }}>{returnStatusText(entry.status)}</Typography>
          <Typography variant="body2" color="text.secondary">
            Requested {date.format(new Date(entry.createdAt))} · refund {entry.refundAmount.formatted}
          </Typography>
          <Typography variant="body2" sx={{ mt: 1 }}>
            {entry.lines.map((line) => `${line.quantity} × ${line.variant.product.name}`).join(', ')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            “{entry.reason}”
          </Typography>
          {entry.status === 'REJECTED' && entry.rejectionReason && (
            <Typography variant="body2" color="warning.main" sx={{ mt: 1 }}>
              The shop says: {entry.rejectionReason}
            </Typography>
          )}
          {canWithdrawReturn(entry.status) && <WithdrawReturnButton returnId={entry.id} orderId={orderId} />}
        </Paper>
      ))}
    </Stack>
  );
}
