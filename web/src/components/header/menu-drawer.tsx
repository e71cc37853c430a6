'use client';

import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import type { SessionState } from '@msa/web-kit/session-store';
import { ACCOUNT_LINKS } from './account-links';

/** The phone's menu: shop pages and the account, closing on every choice. */
export function MenuDrawer({
  open,
  onClose,
  session,
  onSignOut,
}: {
  open: boolean;
  onClose: () => void;
  session: SessionState;
  onSignOut: () => void;
}) {
  const item = (href: string, label: string) => (
    <ListItemButton key={href} component={Link} href={href} onClick={onClose}>
      <ListItemText primary={label} />
    </ListItemButton>
  );
  return (
    <Drawer anchor="left" open={open} onClose={onClose}>
      <Box sx={{ width: 280 }} role="navigation" aria-label="Menu">
        <Typography variant="h6" sx={{ px: 2, py: 1.5, fontWeight: 700 }}>
          MSA Shop
        </Typography>
        <Divider />
        <List>
          {item('/', 'Shop')}
          {item('/search', 'Search')}
          {item('/cart', 'Cart')}
        </List>
        <Divider />
        {session.status === 'signed-in' ? (
          <List subheader={<ListSubheader>{session.user.name}</ListSubheader>}>
            {ACCOUNT_LINKS.map((link) => item(link.href, link.label))}
            <ListItemButton
              onClick={() => {
                onClose();
                onSignOut();
              }}
            >
              <ListItemText primary="Sign out" />
            </ListItemButton>
          </List>
        ) : (
          <List>
            {item('/sign-in', 'Sign in')}
            {item('/register', 'Create account')}
            {item('/order-lookup', 'Find my order')}
          </List>
        )}
      </Box>
    </Drawer>
  );
}
