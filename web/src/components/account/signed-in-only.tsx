'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Loading } from '@msa/web-kit/query-state';
import { useSession } from '@msa/web-kit/runtime-provider';

/** An account page's content for a signed-in shopper; a way to sign in (and come back) for anyone else. */
export function SignedInOnly({
  title,
  path,
  children,
}: {
  title: string;
  path: string;
  children: ReactNode;
}) {
  const session = useSession();
  if (session.status === 'restoring') return <Loading label="Checking your session…" />;
  if (session.status === 'signed-out') {
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
          {title}
        </Typography>
        <Typography>Sign in to see this page.</Typography>
        <Button component={Link} href={`/sign-in?next=${encodeURIComponent(path)}`} variant="contained">
          Sign in
        </Button>
      </Stack>
    );
  }
  return <>{children}</>;
}

/** The heading of an account page. */
export function AccountHeading({ children }: { children: ReactNode }) {
  return (
    <Typography variant="h4" component="h1" sx={{ fontWeight: 700, mb: 2 }}>
      {children}
    </Typography>
  );
}
