'use client';

import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { TEST_PAYMENT_TOKENS } from '@/lib/payment-methods';

const OTHER = 'other';

/**
 * The payment method as a provider token. The shop runs against the simulated provider, so its documented
 * test cards are offered, and any other token can be typed in.
 */
export function PaymentMethodPicker({
  token,
  onChange,
  label = 'Payment method',
}: {
  token: string;
  onChange: (token: string) => void;
  label?: string;
}) {
  const known = TEST_PAYMENT_TOKENS.some((entry) => entry.token === token);
  const [typing, setTyping] = useState(!known && token !== '');
  const selected = typing ? OTHER : known ? token : '';
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary">
        Test mode: choose one of the test cards, or enter a payment token.
      </Typography>
      <RadioGroup
        aria-label={label}
        value={selected}
        onChange={(event) => {
          const other = event.target.value === OTHER;
          setTyping(other);
          onChange(other ? '' : event.target.value);
        }}
      >
        {TEST_PAYMENT_TOKENS.map((entry) => (
          <FormControlLabel key={entry.token} value={entry.token} control={<Radio />} label={entry.label} />
        ))}
        <FormControlLabel value={OTHER} control={<Radio />} label="Another token" />
      </RadioGroup>
      {selected === OTHER && (
        <TextField
          label="Payment token"
          size="small"
          value={token}
          onChange={(event) => onChange(event.target.value)}
          helperText="The token your payment provider gave for the card"
          autoFocus
        />
      )}
    </Stack>
  );
}
