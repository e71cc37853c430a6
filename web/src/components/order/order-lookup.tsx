'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useLazyQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { OrderDetailFieldsFragment } from '@/__generated__/graphql';
import { GuestOrderQuery } from '@/graphql/orders.graphql';
import { describeApiError } from '@msa/web-kit/api-errors';
import { OrderDetail } from './order-view';

const NOT_FOUND =
  'We could not find an order with that number and email. Check both (the number is in your confirmation email, like MSA-100042).';

/** "Find my order": a guest looks an order up by its number and the email given at checkout. */
export function OrderLookup() {
  const [number, setNumber] = useState('');
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [order, setOrder] = useState<OrderDetailFieldsFragment | null>(null);
  const [lookUp, { loading }] = useLazyQuery(GuestOrderQuery, { fetchPolicy: 'network-only' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setOrder(null);
    try {
      const { data, error } = await lookUp({ variables: { number: number.trim(), email: email.trim() } });
      if (error) throw error;
      if (data?.guestOrder) setOrder(data.guestOrder);
      else setProblem(NOT_FOUND);
    } catch (failure) {
      setProblem(describeApiError(failure));
    }
  };

  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 }, maxWidth: 480, width: '100%', mx: 'auto' }}>
        <Stack component="form" spacing={2} onSubmit={submit} noValidate>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
            Find my order
          </Typography>
          <Typography color="text.secondary">
            Bought without an account? Enter the order number and the email you checked out with.
          </Typography>
          {problem && (
            <Alert severity="warning" role="alert">
              {problem}
            </Alert>
          )}
          <TextField
            label="Order number"
            placeholder="MSA-100042"
            value={number}
            onChange={(event) => setNumber(event.target.value)}
            required
          />
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
          />
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={loading || !number.trim() || !email.trim()}
          >
            {loading ? 'Looking…' : 'Find order'}
          </Button>
        </Stack>
      </Paper>
      {order && <OrderDetail order={order} placed={false} liveProblem={false} guest />}
    </Stack>
  );
}
