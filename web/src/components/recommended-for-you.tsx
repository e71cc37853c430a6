'use client';

import { useQuery } from '@apollo/client/react';
import { useSession } from '@msa/web-kit/runtime-provider';
import { RecommendedForMeQuery } from '@/graphql/search.graphql';
import { ProductRow } from './product-recommendations';

/** Picks for the signed-in shopper on the home page (from their purchases and views). */
export function RecommendedForYou() {
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  const { data } = useQuery(RecommendedForMeQuery, { variables: { first: 4 }, skip: !signedIn });
  if (!signedIn || !data?.me) return null;
  return (
    <ProductRow
      title="Recommended for you"
      label="Recommended for you"
      products={data.me.recommendedProducts}
    />
  );
}
