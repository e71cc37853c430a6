import { AppRouterCacheProvider } from '@mui/material-nextjs/v16-appRouter';
import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { apiEndpointsFromEnv } from '@msa/web-kit/api-origin';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: { default: 'Dashboard', template: '%s · MSA Admin' },
  description: 'Administration of the MSA-Grok Commerce shop.',
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Read per request, so one build serves any deployment: the router origin comes from API_ORIGIN at run time.
  await connection();
  const endpoints = apiEndpointsFromEnv();
  return (
    <html lang="en">
      <body>
        <AppRouterCacheProvider>
          <Providers endpoints={endpoints}>{children}</Providers>
        </AppRouterCacheProvider>
      </body>
    </html>
  );
}
