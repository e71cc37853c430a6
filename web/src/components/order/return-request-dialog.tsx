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
import { useState } from 'react';
import type { OrderDetailFieldsFragment } from '@/__generated__/graphql';
import { OrderDetailQuery, RequestReturnMutation } from '@/graphql/orders.graphql';
import { returnRequestLines } from '@/lib/order-actions';
import { variantLabel } from '@/lib/variant-label';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { QuantityStepper } from '../quantity-stepper';

const MAX_REASON = 1000;

/** Choose the units to send back and why; the order then shows the return and its status. */
export function ReturnRequestDialog({
  order,
  remaining,
  onDone,
}: {
  order: OrderDetailFieldsFragment;
  remaining: Record<string, number>;
  onDone: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [requestReturn, { loading }] = useMutation(RequestReturnMutation, {
    refetchQueries: [{ query: OrderDetailQuery, variables: { id: order.id } }],
    awaitRefetchQueries: true,
  });
  const lines = returnRequestLines(chosen);
  const ready = lines.length > 0 && reason.trim().length > 0;

  const submit = async () => {
    setProblem(null);
    try {
      const { data } = await requestReturn({
        variables: { orderId: order.id, lines, reason: reason.trim() },
      });
      const refused = userErrorsMessage(data?.requestReturn.userErrors);
      if (refused) {
        setProblem(refused);
        return;
      }
      setOpen(false);
      setChosen({});
      setReason('');
      onDone('Your return was requested. We will let you know once it is approved.');
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        Return items
      </Button>
      <Dialog
        open={open}
        onClose={() => !loading && setOpen(false)}
        fullWidth
        maxWidth="sm"
        aria-labelledby="return-title"
      >
        <DialogTitle id="return-title">Return items</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography color="text.secondary">Choose what you send back and tell us why.</Typography>
            {order.lines
              .filter((line) => (remaining[line.id] ?? 0) > 0)
              .map((line) => {
                const label = variantLabel(line.variant);
                return (
                  <Stack
                    key={line.id}
                    direction="row"
                    spacing={2}
                    sx={{ justifyContent: 'space-between', alignItems: 'center' }}
                  >
                    <Typography sx={{ minWidth: 0 }}>
                      {line.variant.product.name}
                      {label ? ` (${label})` : ''}
                      <Typography
                        component="span"
                        variant="body2"
                        color="text.secondary"
                        sx={{ display: 'block' }}
                      >
                        up to {remaining[line.id]}
                      </Typography>
                    </Typography>
                    <QuantityStepper
                      value={chosen[line.id] ?? 0}
                      min={0}
                      max={remaining[line.id] ?? 0}
                      onChange={(quantity) => setChosen({ ...chosen, [line.id]: quantity })}
                      label={`Units of ${line.variant.product.name} to return`}
                    />
                  </Stack>
                );
              })}
            <TextField
              label="Reason"
              multiline
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.target.value.slice(0, MAX_REASON))}
              helperText={`${reason.length}/${MAX_REASON}`}
            />
            {problem && <Alert severity="warning">{problem}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={loading}>
            Close
          </Button>
          <Button variant="contained" onClick={() => void submit()} disabled={!ready || loading}>
            {loading ? 'Requesting…' : 'Request return'}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
