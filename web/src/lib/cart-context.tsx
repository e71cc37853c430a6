'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, use, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { AddToCartMutation, CartQuery } from '@/graphql/cart.graphql';
import { GUEST_CART_STORAGE_KEY } from './config';
import { cartIdVariable, cartTarget, GuestCartStore, type CartTarget } from './guest-cart';
import { browserStorage } from '@msa/web-kit/browser-session';
import { useSession } from '@msa/web-kit/runtime-provider';

interface CartContextValue {
  target: CartTarget;
  guestCart: GuestCartStore;
}

const CartContext = createContext<CartContextValue | null>(null);

/** Knows which cart the visitor uses: the remembered guest cart, or the customer's own when signed in. */
export function CartProvider({ children }: { children: ReactNode }) {
  const [guestCart] = useState(() => new GuestCartStore(browserStorage(), GUEST_CART_STORAGE_KEY));
  const guestCartId = useSyncExternalStore(guestCart.subscribe, guestCart.get, () => null);
  const session = useSession();
  const target = cartTarget(session, guestCartId);
  const client = useApolloClient();

  // Signing out leaves the customer's cart in the cache; drop it so nothing of it shows to the next visitor.
  const signedOut = session.status === 'signed-out';
  useEffect(() => {
    if (!signedOut) return;
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'cart', args: { cartId: null } });
    client.cache.gc();
  }, [signedOut, client]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => guestCart.handleStorageChange(event.key);
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [guestCart]);

  return <CartContext value={{ target, guestCart }}>{children}</CartContext>;
}

export function useCartContext(): CartContextValue {
  const value = use(CartContext);
  if (!value) throw new Error('useCartContext must be used inside <CartProvider>');
  return value;
}

/** The visitor's cart; `cart` is null while there is none. */
export function useCart() {
  const { target, guestCart } = useCartContext();
  const waiting = target.kind === 'pending' || target.kind === 'none';
  const result = useQuery(CartQuery, { variables: { cartId: cartIdVariable(target) }, skip: waiting });

  // A guest cart expires after a while without use; start a new one next time instead of failing.
  const expired = target.kind === 'guest' && result.dataState === 'complete' && result.data.cart === null;
  useEffect(() => {
    if (expired) guestCart.forget();
  }, [expired, guestCart]);

  return {
    target,
    // While no cart applies (signed out with no guest cart) the skipped query may still hold the last
    // customer's cart; it is not this visitor's.
    cart: waiting ? null : (result.data?.cart ?? null),
    loading: target.kind === 'pending' || (result.loading && !result.data),
    error: result.error,
    refetch: result.refetch,
  };
}

/**
 * Adds to the visitor's cart. A guest's first add creates the cart, whose id is then remembered; a
 * remembered id the API no longer knows is dropped and the add is tried once more on a new cart.
 */
export function useAddToCart() {
  const { target, guestCart } = useCartContext();
  const [mutate, state] = useMutation(AddToCartMutation);

  const addToCart = async (variantId: string, quantity: number) => {
    const attempt = async (cartId: string | null) => {
      const { data } = await mutate({
        variables: { cartId, variantId, quantity },
        update(cache, { data: result }) {
          const cart = result?.addToCart.cart;
          if (!cart) return;
          const stored = target.kind === 'customer' ? null : cart.id;
          cache.writeQuery({ query: CartQuery, variables: { cartId: stored }, data: { cart } });
        },
      });
      return data?.addToCart ?? null;
    };

    let payload = await attempt(cartIdVariable(target));
    if (target.kind === 'guest' && payload?.userErrors.some((error) => error.code === 'CART_NOT_FOUND')) {
      guestCart.forget();
      payload = await attempt(null);
    }
    if (payload?.cart && target.kind !== 'customer') guestCart.remember(payload.cart.id);
    return payload;
  };

  return [addToCart, state] as const;
}
