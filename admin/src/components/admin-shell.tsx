'use client';

import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { Loading } from '@msa/web-kit/query-state';
import { useRuntime, useSession } from '@msa/web-kit/runtime-provider';
import type { Role } from '@msa/web-kit/session-store';
import { dashboardAccess } from '@/lib/dashboard-access';
import { isActiveRoute, mayOpen, navigationFor } from '@/lib/dashboard-routes';

const DRAWER_WIDTH = 200;

function Navigation({
  role,
  pathname,
  onNavigate,
}: {
  role: Role;
  pathname: string;
  onNavigate?: () => void;
}) {
  return (
    <List component="nav" aria-label="Dashboard sections">
      {navigationFor(role).map((item) => (
        <ListItemButton
          key={item.href}
          component={Link}
          href={item.href}
          selected={isActiveRoute(pathname, item.href)}
          onClick={onNavigate}
        >
          <ListItemText primary={item.label} />
        </ListItemButton>
      ))}
    </List>
  );
}

function NotForYourRole() {
  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 520 }}>
      <Typography variant="h6" component="h1" gutterBottom>
        Administrators only
      </Typography>
      <Typography>
        This page is for administrators. Your staff account can use the sections on the left.
      </Typography>
    </Paper>
  );
}

/**
 * The dashboard frame; staff and administrators see what is inside (each only the sections their role may
 * use), customers are told why not, and everyone signed out is sent to sign in.
 */
export function AdminShell({ children }: { children: ReactNode }) {
  const session = useSession();
  const { session: browserSession } = useRuntime();
  const pathname = usePathname();
  const router = useRouter();
  const [menuOpen, setMenuOpen] = useState(false);

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

  const role = session.user.role;
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" elevation={0} sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2 }}>
          <IconButton
            color="inherit"
            edge="start"
            aria-label="Open the menu"
            onClick={() => setMenuOpen((open) => !open)}
            sx={{ display: { md: 'none' } }}
          >
            <Box component="span" aria-hidden sx={{ fontSize: 22, lineHeight: 1 }}>
              ☰
            </Box>
          </IconButton>
          <Typography variant="h6" component="div" sx={{ flexGrow: 1, fontWeight: 700 }}>
            MSA Admin
          </Typography>
          <Typography variant="body2" sx={{ display: { xs: 'none', sm: 'block' } }}>
            {session.user.email ?? session.user.name}
            {role === 'STAFF' ? ' (staff)' : ''}
          </Typography>
          <Button color="inherit" onClick={() => void signOut()}>
            Sign out
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="temporary"
        open={menuOpen}
        onClose={() => setMenuOpen(false)}
        sx={{ display: { xs: 'block', md: 'none' }, '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}
      >
        <Toolbar />
        <Navigation role={role} pathname={pathname} onNavigate={() => setMenuOpen(false)} />
      </Drawer>
      <Drawer
        variant="permanent"
        sx={{
          display: { xs: 'none', md: 'block' },
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        <Navigation role={role} pathname={pathname} />
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: { xs: 1.5, sm: 3 }, minWidth: 0 }}>
        <Toolbar />
        {mayOpen(role, pathname) ? children : <NotForYourRole />}
      </Box>
    </Box>
  );
}
