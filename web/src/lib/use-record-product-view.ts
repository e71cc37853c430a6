'use client';

import { useMutation } from '@apollo/client/react';
import { useEffect } from 'react';
import { useSession } from '@msa/web-kit/runtime-provider';
import { RecordProductViewMutation } from '@/graphql/search.graphql';

/** Records once per product page that a signed-in shopper looked at it (it shapes their recommendations). */
export function useRecordProductView(productId: string): void {
  const session = useSession();
  const [record] = useMutation(RecordProductViewMutation);
  const signedIn = session.status === 'signed-in';
  useEffect(() => {
    if (!signedIn) return;
    // A lost view only makes recommendations slightly less personal; nothing to show the shopper.
    record({ variables: { productId } }).catch(() => undefined);
  }, [signedIn, productId, record]);
}
