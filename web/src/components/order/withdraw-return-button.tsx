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
import { CancelReturnMutation, OrderDetailQuery } from '@/graphql/orders.graphql';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';

/** Withdraws a return the customer no longer wants to make (`cancelReturn`), after asking. */
export function WithdrawReturnButton({ returnId, orderId }: { returnId: string; orderId: string }) {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [cancelReturn, { loading }] = useMutation(CancelReturnMutation, {
    refetchQueries: [{ query: OrderDetailQuery, variables: { id: orderId } }],
    awaitRefetchQueries: true,
  });

  const confirm = async () => {
    setProblem(null);
    try {
      const { data } = await cancelReturn({ variables: { returnId } });
      const refused = userErrorsMessage(data?.cancelReturn.userErrors);
      if (refused) setProblem(refused);
      else setOpen(false);
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  return (
    <>
      <Button size="small" color="inherit" onClick={() => setOpen(true)} sx={{ mt: 1 }}>
        Withdraw return
      </Button>
      <Dialog open={open} onClose={() => !loading && setOpen(false)} aria-labelledby={`withdraw-${returnId}`}>
        <DialogTitle id={`withdraw-${returnId}`}>Withdraw this return?</DialogTitle>
        <DialogContent>
          <DialogContentText>You keep the items and no refund is made.</DialogContentText>
          {problem && (
            <Alert severity="warning" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={loading}>
            Keep return
          </Button>
          <Button variant="contained" onClick={() => void confirm()} disabled={loading}>
            {loading ? 'Withdrawing…' : 'Withdraw return'}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
