import Container from '@mui/material/Container';
import { AppRouterCacheProvider } from '@mui/material-nextjs/v16-appRouter';
import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { apiEndpointsFromEnv } from '@msa/web-kit/api-origin';
import { priceDisplayFromEnv } from '@msa/web-kit/tax-display';
import { SiteHeader } from '@/components/site-header';
import { PriceDisplayProvider } from '@/lib/price-display';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: { default: 'MSA Shop', template: '%s · MSA Shop' },
  description: 'The MSA-Grok Commerce storefront.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Read per request, so one build serves any deployment: the router origin comes from API_ORIGIN at run time.
  await connection();
  const endpoints = apiEndpointsFromEnv();
  return (
    <html lang="en">
      <body>
        <AppRouterCacheProvider>
          <Providers endpoints={endpoints}>
            <PriceDisplayProvider display={priceDisplayFromEnv()}>
              <SiteHeader />
              <Container component="main" maxWidth="lg" sx={{ py: 4 }}>
                {children}
              </Container>
            </PriceDisplayProvider>
          </Providers>
        </AppRouterCacheProvider>
      </body>
    </html>
  );
}
