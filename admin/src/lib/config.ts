import { readPublicUrl } from '@shared/public-url';

/** Origin of the router: GraphQL at `/graphql`, image uploads at `/uploads/…`. Inlined at build time. */
export const API_ORIGIN = readPublicUrl(
  'NEXT_PUBLIC_API_ORIGIN',
  process.env.NEXT_PUBLIC_API_ORIGIN,
  'http://localhost:4000',
);

export const GRAPHQL_URL = readPublicUrl(
  'NEXT_PUBLIC_GRAPHQL_URL',
  process.env.NEXT_PUBLIC_GRAPHQL_URL,
  `${API_ORIGIN}/graphql`,
);

export const SESSION_STORAGE_KEY = 'msa.admin.refreshToken';

/** The currency the API prices new variants in (prices are sent as plain minor units). */
export const STORE_CURRENCY = 'USD';

export const PAGE_SIZE = 20;
