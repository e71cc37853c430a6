'use client';

import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { ACCOUNT_LINKS } from '../header/account-links';

/** Tabs between the account pages (scrollable on a phone). */
export function AccountNav() {
  const pathname = usePathname();
  const current =
    [...ACCOUNT_LINKS]
      .reverse()
      .find((link) => pathname === link.href || pathname.startsWith(`${link.href}/`))?.href ?? false;
  return (
    <Tabs
      value={current}
      variant="scrollable"
      allowScrollButtonsMobile
      aria-label="Account pages"
      sx={{ mb: 3, borderBottom: 1, borderColor: 'divider' }}
    >
      {ACCOUNT_LINKS.map((link) => (
        <Tab key={link.href} value={link.href} label={link.label} component={Link} href={link.href} />
      ))}
    </Tabs>
  );
}
