'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { CancelOrderMutation } from '@/graphql/orders.graphql';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';

/**
 * Cancels the order after asking; the page shows the cancelled order from the answer. A guest passes the
 * order's access token.
 */
export function CancelOrderButton({
  orderId,
  orderNumber,
  accessToken = null,
}: {
  orderId: string;
  orderNumber: string;
  accessToken?: string | null;
}) {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [cancelOrder, { loading }] = useMutation(CancelOrderMutation);

  const confirm = async () => {
    setProblem(null);
    try {
      const { data } = await cancelOrder({ variables: { id: orderId, accessToken } });
      const refused = userErrorsMessage(data?.cancelOrder.userErrors);
      if (refused) setProblem(refused);
      else setOpen(false);
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  return (
    <>
      <Button color="error" variant="outlined" onClick={() => setOpen(true)}>
        Cancel order
      </Button>
      <Dialog open={open} onClose={() => !loading && setOpen(false)} aria-labelledby="cancel-order-title">
        <DialogTitle id="cancel-order-title">Cancel order {orderNumber}?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            The items go back on the shelf and any payment taken is refunded. This cannot be undone.
          </DialogContentText>
          {problem && (
            <Alert severity="warning" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={loading}>
            Keep order
          </Button>
          <Button color="error" variant="contained" onClick={() => void confirm()} disabled={loading}>
            {loading ? 'Cancelling…' : 'Cancel order'}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
