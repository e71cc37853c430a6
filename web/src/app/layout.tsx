import Container from '@mui/material/Container';
import { AppRouterCacheProvider } from '@mui/material-nextjs/v16-appRouter';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: { default: 'MSA Shop', template: '%s · MSA Shop' },
  description: 'The MSA-Grok Commerce storefront.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <AppRouterCacheProvider>
          <Providers>
            <SiteHeader />
            <Container component="main" maxWidth="lg" sx={{ py: 4 }}>
              {children}
            </Container>
          </Providers>
        </AppRouterCacheProvider>
      </body>
    </html>
  );
}
