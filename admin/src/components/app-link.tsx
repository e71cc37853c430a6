'use client';

import MuiLink, { type LinkProps } from '@mui/material/Link';
import NextLink from 'next/link';

/** A link to a dashboard page, styled like the rest of the dashboard. */
export function AppLink({ href, ...props }: Omit<LinkProps, 'href' | 'component'> & { href: string }) {
  return <MuiLink component={NextLink} href={href} underline="hover" {...props} />;
}
