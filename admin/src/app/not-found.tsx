'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Link from 'next/link';

export default function NotFound() {
  return (
    <Stack spacing={2} sx={{ p: 4, alignItems: 'flex-start' }}>
      <Typography variant="h5" component="h1">
        Page not found
      </Typography>
      <Button component={Link} href="/" variant="contained">
        Back to the dashboard
      </Button>
    </Stack>
  );
}
