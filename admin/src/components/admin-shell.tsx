'use client';

import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { Loading } from '@msa/web-kit/query-state';
import { useRuntime, useSession } from '@msa/web-kit/runtime-provider';
import { dashboardAccess } from '@/lib/dashboard-access';

const NAVIGATION = [
  { href: '/', label: 'Overview' },
  { href: '/products', label: 'Products' },
  { href: '/categories', label: 'Categories' },
  { href: '/orders', label: 'Orders' },
  { href: '/users', label: 'Users' },
  { href: '/stock', label: 'Low stock' },
  { href: '/dead-letters', label: 'Dead letters' },
];

const DRAWER_WIDTH = 200;

function isActive(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The dashboard frame; only administrators see what is inside, everyone else is sent to sign in. */
export function AdminShell({ children }: { children: ReactNode }) {
  const session = useSession();
  const { session: browserSession } = useRuntime();
  const pathname = usePathname();
  const router = useRouter();

  useEffect(() => {
    if (session.status === 'signed-out') router.replace(`/sign-in?next=${encodeURIComponent(pathname)}`);
  }, [session.status, pathname, router]);

  if (session.status !== 'signed-in') return <Loading label="Checking your session…" />;

  const signOut = async () => {
    await browserSession.signOut();
    router.replace('/sign-in');
  };

  const access = dashboardAccess(session.user.role);
  if (!access.allowed) {
    return (
      <Paper variant="outlined" sx={{ p: 4, maxWidth: 520, mx: 'auto', mt: 8 }}>
        <Stack spacing={2}>
          <Typography variant="h6" component="h1">
            No access
          </Typography>
          <Typography>{access.message}</Typography>
          <Button variant="contained" onClick={() => void signOut()} sx={{ alignSelf: 'flex-start' }}>
            Sign in with another account
          </Button>
        </Stack>
      </Paper>
    );
  }

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" elevation={0} sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" component="div" sx={{ flexGrow: 1, fontWeight: 700 }}>
            MSA Admin
          </Typography>
          <Typography variant="body2" sx={{ display: { xs: 'none', sm: 'block' } }}>
            {session.user.email ?? session.user.name}
          </Typography>
          <Button color="inherit" onClick={() => void signOut()}>
            Sign out
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        <List component="nav" aria-label="Dashboard sections">
          {NAVIGATION.map((item) => (
            <ListItemButton
              key={item.href}
              component={Link}
              href={item.href}
              selected={isActive(pathname, item.href)}
            >
              <ListItemText primary={item.label} />
            </ListItemButton>
          ))}
        </List>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        {children}
      </Box>
    </Box>
  );
}
