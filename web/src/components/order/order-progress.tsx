import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import CircularProgress from '@mui/material/CircularProgress';
import { cancellationReasonText } from '@msa/web-kit/order-status';
import { reasonCodeMessage } from '@msa/web-kit/user-error-messages';

/** Where a just-placed (or any) order stands, in a sentence that changes live with its status. */
export function OrderProgress({
  status,
  cancellationReason,
  placed,
}: {
  status: string;
  cancellationReason: string | null | undefined;
  placed: boolean;
}) {
  switch (status) {
    case 'PENDING':
      return (
        <Alert severity="info" icon={<CircularProgress size={20} />} role="status">
          <AlertTitle>
            {placed ? 'Thank you! We are confirming your order…' : 'Confirming your order…'}
          </AlertTitle>
          We are reserving your items and taking the payment. This page updates by itself.
        </Alert>
      );
    case 'CONFIRMED':
      return (
        <Alert severity="success" role="status">
          <AlertTitle>
            {placed ? 'Thank you! Your order is confirmed.' : 'Your order is confirmed.'}
          </AlertTitle>
          We will let you know when it ships.
        </Alert>
      );
    case 'CANCELLED':
      return (
        <Alert severity="error" role="status">
          <AlertTitle>This order was cancelled.</AlertTitle>
          {reasonCodeMessage(cancellationReason) ?? cancellationReasonText(cancellationReason) ?? ''}
        </Alert>
      );
    default:
      return null;
  }
}
