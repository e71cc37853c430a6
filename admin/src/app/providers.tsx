'use client';

import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { ReactNode } from 'react';
import type { ApiEndpoints } from '@msa/web-kit/api-origin';
import { ApolloAppProvider } from '@/lib/apollo';
import { theme } from './theme';

export function Providers({ endpoints, children }: { endpoints: ApiEndpoints; children: ReactNode }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ApolloAppProvider endpoints={endpoints}>{children}</ApolloAppProvider>
    </ThemeProvider>
  );
}
