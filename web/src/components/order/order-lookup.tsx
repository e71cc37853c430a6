'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useLazyQuery } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { GuestOrderQuery } from '@/graphql/orders.graphql';
import { GuestOrderAccess, guestOrderPath } from '@/lib/guest-order-access';
import { describeApiError } from '@msa/web-kit/api-errors';
import { browserStorage } from '@msa/web-kit/browser-session';

const NOT_FOUND =
  'We could not find an order with that number and email. Check both (the number is in your confirmation email, like MSA-100042).';

/**
 * "Find my order": a guest looks an order up by its number and the email given at checkout. The order found
 * comes with a fresh access token, kept in this browser, and the guest lands on the order's page.
 */
export function OrderLookup() {
  const router = useRouter();
  const [number, setNumber] = useState('');
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const [lookUp, { loading }] = useLazyQuery(GuestOrderQuery, { fetchPolicy: 'network-only' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const { data, error } = await lookUp({ variables: { number: number.trim(), email: email.trim() } });
      if (error) throw error;
      const found = data?.guestOrder;
      if (!found?.orderAccessToken) {
        setProblem(NOT_FOUND);
        return;
      }
      new GuestOrderAccess(browserStorage()).remember(found.id, found.orderAccessToken);
      setOpening(true);
      router.push(guestOrderPath(found.id, { placed: false }));
    } catch (failure) {
      setProblem(describeApiError(failure));
    }
  };

  return (
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
          disabled={loading || opening || !number.trim() || !email.trim()}
        >
          {loading || opening ? 'Looking…' : 'Find order'}
        </Button>
      </Stack>
    </Paper>
  );
}
