'use client';

import AppBar from '@mui/material/AppBar';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCart } from '@/lib/cart-context';
import { useRuntime, useSession } from '@msa/web-kit/runtime-provider';

export function SiteHeader() {
  const session = useSession();
  const { session: browserSession } = useRuntime();
  const { cart } = useCart();
  const itemCount = cart?.itemCount ?? 0;
  const router = useRouter();

  const signOut = async () => {
    await browserSession.signOut();
    router.push('/');
  };

  return (
    <AppBar position="sticky" color="default" elevation={1}>
      <Toolbar sx={{ gap: 1 }}>
        <Typography
          component={Link}
          href="/"
          variant="h6"
          sx={{ color: 'inherit', textDecoration: 'none', fontWeight: 700, flexGrow: 1 }}
        >
          MSA Shop
        </Typography>
        {session.status === 'signed-in' && (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ display: { xs: 'none', sm: 'block' } }}>
              {session.user.name}
            </Typography>
            <Button component={Link} href="/account/orders">
              My orders
            </Button>
            <Button onClick={signOut}>Sign out</Button>
          </>
        )}
        {session.status === 'signed-out' && (
          <Button component={Link} href="/sign-in">
            Sign in
          </Button>
        )}
        <Button component={Link} href="/cart" variant="contained" aria-label={`Cart, ${itemCount} items`}>
          {itemCount > 0 ? `Cart (${itemCount})` : 'Cart'}
        </Button>
      </Toolbar>
    </AppBar>
  );
}
