'use client';

import { MergeCartMutation } from '@/graphql/cart.graphql';
import { useCartContext } from './cart-context';
import { errorCodes, type UserErrorLike } from '@msa/web-kit/api-errors';
import { useRuntime } from '@msa/web-kit/runtime-provider';
import { toSessionGrant, type AuthPayloadLike } from '@msa/web-kit/session-store';

/**
 * Finishes a sign-in or registration from its AuthPayload: starts the session, then moves the guest cart
 * into the customer's cart (`mergeCart`) so nothing added before signing in is lost. Resolves to null when
 * signed in, or to the payload's userErrors when it was refused.
 *
 * The guest id is dropped once the API has answered the merge, merged or not (an expired cart cannot be
 * merged later either); after a network failure it is kept so the next sign-in tries again.
 */
export function useCompleteSignIn() {
  const { client, session } = useRuntime();
  const { guestCart } = useCartContext();

  return async (
    payload: (AuthPayloadLike & { userErrors: readonly UserErrorLike[] }) | null | undefined,
  ): Promise<readonly UserErrorLike[] | null> => {
    const grant = toSessionGrant(payload);
    if (!grant) {
      const refused = payload?.userErrors ?? [];
      return refused.length > 0 ? refused : [{ code: 'NO_SESSION', message: 'Please try again.' }];
    }
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
    // The session is in place whatever the refetch brings; each query on screen shows its own errors.
    await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    return null;
  };
}
