'use client';

import MenuIcon from '@mui/icons-material/Menu';
import CartIcon from '@mui/icons-material/ShoppingCartOutlined';
import AppBar from '@mui/material/AppBar';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Suspense, useState } from 'react';
import { useCart } from '@/lib/cart-context';
import { useRuntime, useSession } from '@msa/web-kit/runtime-provider';
import { AccountMenu } from './header/account-menu';
import { HeaderSearch } from './header/header-search';
import { MenuDrawer } from './header/menu-drawer';
import { NotificationBell } from './header/notification-bell';

/**
 * The storefront's header: logo, search with suggestions, notifications, account and cart; on a phone the
 * search takes its own row and the pages move into a menu drawer.
 */
export function SiteHeader() {
  const session = useSession();
  const { session: browserSession } = useRuntime();
  const { cart } = useCart();
  const itemCount = cart?.itemCount ?? 0;
  const router = useRouter();
  const [drawerOpen, setDrawerOpen] = useState(false);

  const signOut = async () => {
    await browserSession.signOut();
    router.push('/');
  };

  return (
    <AppBar position="sticky" color="default" elevation={1}>
      {/* One search box: in the row on wide screens, wrapped onto its own row below on a phone. */}
      <Toolbar
        sx={{ gap: { xs: 0.5, sm: 1.5 }, flexWrap: { xs: 'wrap', md: 'nowrap' }, py: { xs: 0.5, md: 0 } }}
      >
        <IconButton
          edge="start"
          aria-label="Open menu"
          onClick={() => setDrawerOpen(true)}
          sx={{ display: { md: 'none' } }}
        >
          <MenuIcon />
        </IconButton>
        <Typography
          component={Link}
          href="/"
          variant="h6"
          sx={{
            color: 'inherit',
            textDecoration: 'none',
            fontWeight: 700,
            whiteSpace: 'nowrap',
            mr: { md: 2 },
          }}
        >
          MSA Shop
        </Typography>
        <Box
          sx={{
            display: 'flex',
            flexGrow: 1,
            order: { xs: 10, md: 0 },
            flexBasis: { xs: '100%', md: 'auto' },
            pb: { xs: 1, md: 0 },
          }}
        >
          <Suspense fallback={<Box sx={{ height: 40 }} />}>
            <HeaderSearch />
          </Suspense>
        </Box>
        <Box sx={{ flexGrow: { xs: 1, md: 0 } }} />
        {session.status === 'signed-in' && <NotificationBell />}
        {session.status === 'signed-in' && (
          <Box sx={{ display: { xs: 'none', md: 'block' } }}>
            <AccountMenu name={session.user.name} onSignOut={() => void signOut()} />
          </Box>
        )}
        {session.status === 'signed-out' && (
          <Button component={Link} href="/sign-in" sx={{ display: { xs: 'none', md: 'inline-flex' } }}>
            Sign in
          </Button>
        )}
        <Button
          component={Link}
          href="/cart"
          variant="contained"
          aria-label={`Cart, ${itemCount} items`}
          startIcon={
            <Badge badgeContent={itemCount} color="secondary" sx={{ display: { sm: 'none' } }}>
              <CartIcon />
            </Badge>
          }
          sx={{ minWidth: 0, '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } } }}
        >
          <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
            {itemCount > 0 ? `Cart (${itemCount})` : 'Cart'}
          </Box>
        </Button>
      </Toolbar>
      <MenuDrawer
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        session={session}
        onSignOut={() => void signOut()}
      />
    </AppBar>
  );
}
