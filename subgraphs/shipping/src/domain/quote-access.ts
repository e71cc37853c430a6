import type { Identity } from '@msa/auth';

export interface QuoteOwnership {
  cartId: string;
  /** Who asked for the rate; null when a guest did. */
  quotedForUserId: string | null;
}

/**
 * Who may read a quoted rate back: the signed-in customer who asked for it, or, for a rate a guest asked
 * for, whoever names its cart (holding a guest cart's id is what makes it yours). A named cart must always
 * match. Staff and service tokens get nothing: checkout reads the rate as the customer who checks out.
 */
export function mayReadQuote(
  quote: QuoteOwnership,
  viewer: Identity | null,
  namedCartId: string | null,
): boolean {
  if (namedCartId !== null && namedCartId !== quote.cartId) return false;
  if (quote.quotedForUserId === null) return namedCartId !== null;
  return viewer?.kind === 'user' && viewer.userId === quote.quotedForUserId;
}
