import { EMPTY_SEARCH, searchHref } from './search-state';

export interface SuggestionLike {
  text: string;
  kind: 'CATEGORY' | 'PRODUCT';
  categoryId?: string | null;
  product?: { slug: string } | null;
}

/** Where a suggestion leads: a product's page, a category's results, else a search for its text. */
export function suggestionHref(suggestion: SuggestionLike): string {
  if (suggestion.kind === 'PRODUCT' && suggestion.product) return `/products/${suggestion.product.slug}`;
  if (suggestion.kind === 'CATEGORY' && suggestion.categoryId) {
    return searchHref({ ...EMPTY_SEARCH, categoryIds: [suggestion.categoryId] });
  }
  return searchHref({ ...EMPTY_SEARCH, query: suggestion.text });
}
