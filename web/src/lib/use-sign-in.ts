'use client';

import { MergeCartMutation } from '@/graphql/cart.graphql';
import { useCartContext } from './cart-context';
import { errorCodes } from './shared/api-errors';
import { useRuntime } from './shared/runtime-provider';
import type { SessionGrant } from './shared/session-store';

/**
 * Starts the session a sign-in or registration granted, then moves the guest cart into the customer's cart
 * (`mergeCart`) so nothing added before signing in is lost. The guest id is dropped once the API has
 * answered, merged or not (an expired cart cannot be merged later either); after a network failure it is
 * kept so the next sign-in tries again.
 */
export function useCompleteSignIn() {
  const { client, session } = useRuntime();
  const { guestCart } = useCartContext();

  return async (grant: SessionGrant) => {
    session.store.signIn(grant);
    const guestCartId = guestCart.get();
    if (guestCartId) {
      try {
        await client.mutate({ mutation: MergeCartMutation, variables: { guestCartId } });
        guestCart.forget();
      } catch (error) {
        if (errorCodes(error).length > 0) guestCart.forget();
      }
    }
    await client.refetchQueries({ include: 'active' });
  };
}
