'use client';

import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { OrderDetailQuery, OrderUpdatedSubscription } from '@/graphql/orders.graphql';
import { useCart } from '@/lib/cart-context';

/**
 * The order, kept current over the `orderUpdated` subscription: each update is the whole order, written
 * into the cache by id, so every part of the page moves with it. When the order's status changes the cart is
 * read again, since confirming an order empties it.
 */
export function useLiveOrder(orderId: string) {
  const query = useQuery(OrderDetailQuery, { variables: { id: orderId } });
  const live = useSubscription(OrderUpdatedSubscription, { variables: { orderId } });
  const { refetch: refetchCart } = useCart();
  const order = query.data?.order ?? null;

  const lastStatus = useRef<string | null>(null);
  const status = order?.status ?? null;
  useEffect(() => {
    if (status === null) return;
    if (lastStatus.current !== null && lastStatus.current !== status)
      void refetchCart().catch(() => undefined);
    lastStatus.current = status;
  }, [status, refetchCart]);

  return { ...query, order, liveError: live.error };
}
