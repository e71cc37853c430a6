import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A numbered part of the checkout; greyed out until the parts before it are done. */
export function CheckoutSection({
  step,
  title,
  enabled = true,
  children,
}: {
  step: number;
  title: string;
  enabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-label={title}
      sx={{ p: { xs: 2, sm: 3 }, opacity: enabled ? 1 : 0.6 }}
    >
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">
          {step}. {title}
        </Typography>
        {children}
      </Stack>
    </Paper>
  );
}
