'use client';

import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { OrderDetailQuery, OrderUpdatedSubscription } from '@/graphql/orders.graphql';
import { useCart } from '@/lib/cart-context';

const CART_CATCH_UP_INTERVAL_MS = 1_000;
/** How often a PENDING order is read again besides the subscription (see useLiveOrder). */
const SETTLING_READ_INTERVAL_MS = 2_000;
const CART_CATCH_UP_ATTEMPTS = 10;

/**
 * The order, kept current over the `orderUpdated` subscription: each update is the whole order, written
 * into the cache by id, so every part of the page moves with it. A subscription only carries changes made
 * after it is open, and the checkout saga may move the order between the first read and that moment; so
 * while the order is PENDING it is also read again every few seconds, and the page can never stay behind.
 * A guest passes the order's access token from checkout; it opens this order only.
 */
export function useLiveOrder(orderId: string, accessToken: string | null = null) {
  const query = useQuery(OrderDetailQuery, { variables: { id: orderId, accessToken } });
  const live = useSubscription(OrderUpdatedSubscription, { variables: { orderId, accessToken } });
  const order = query.data?.order ?? null;
  const settling = order?.status === 'PENDING';
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!settling) return;
    startPolling(SETTLING_READ_INTERVAL_MS);
    return () => stopPolling();
  }, [settling, startPolling, stopPolling]);
  useCartCatchUp(order?.status ?? null, order?.lines.map((line) => line.variant.id) ?? []);
  return { ...query, order, liveError: live.error };
}

/**
 * Confirming an order takes its lines out of the cart shortly afterwards (the cart hears of it by event).
 * When this page sees the order CONFIRMED, the cart is read again until those items are gone, so the
 * header's count follows without a reload.
 */
function useCartCatchUp(status: string | null, variantIds: readonly string[]) {
  const { cart, refetch } = useCart();
  const previous = useRef<string | null>(null);
  const [catchingUp, setCatchingUp] = useState(false);

  useEffect(() => {
    if (status === null) return;
    if (previous.current !== null && previous.current !== status && status === 'CONFIRMED')
      setCatchingUp(true);
    previous.current = status;
  }, [status]);

  const stillInCart = cart?.lines.some((line) => variantIds.includes(line.variant.id)) ?? false;
  useEffect(() => {
    if (!catchingUp) return;
    if (!stillInCart) {
      setCatchingUp(false);
      return;
    }
    let attempts = 0;
    const timer = setInterval(() => {
      attempts += 1;
      if (attempts > CART_CATCH_UP_ATTEMPTS) {
        clearInterval(timer);
        setCatchingUp(false);
        return;
      }
      void refetch().catch(() => undefined);
    }, CART_CATCH_UP_INTERVAL_MS);
    void refetch().catch(() => undefined);
    return () => clearInterval(timer);
  }, [catchingUp, stillInCart, refetch]);
}
