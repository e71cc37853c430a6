import type { FieldPolicy, TypePolicies } from '@apollo/client';
import { appendConnectionPage, type ConnectionLike } from '@msa/web-kit/cursor-pages';

/** A connection field whose pages are joined in the cache, so "Load more" only asks for the new page. */
function pagedList(keyArgs: string[] | false): FieldPolicy<ConnectionLike> {
  return {
    keyArgs,
    merge: (existing, incoming, { args }) =>
      appendConnectionPage(existing, incoming, args?.after as string | null | undefined),
  };
}

export const storefrontTypePolicies: TypePolicies = {
  Query: {
    fields: {
      products: pagedList(['filter', 'sort']),
      myOrders: pagedList(false),
      myNotifications: pagedList(['unreadOnly']),
    },
  },
  Product: {
    fields: {
      reviews: pagedList(['sort']),
    },
  },
};
