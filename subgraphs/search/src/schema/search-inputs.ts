import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SEARCH_SORTS, type SearchSort } from '../domain/search-request';

export const SearchSortEnum = Object.fromEntries(SEARCH_SORTS.map((sort) => [sort, sort])) as {
  [K in SearchSort]: K;
};
registerEnumType(SearchSortEnum, {
  name: 'SearchSort',
  description: 'Order of search results.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match first (newest first when there is no query).' },
    PRICE_ASC: { description: 'By lowest variant price, cheapest first; products without a price last.' },
    PRICE_DESC: {
      description: 'By lowest variant price, most expensive first; products without a price last.',
    },
    NEWEST: { description: 'Most recently listed first.' },
    RATING: { description: 'Best rated first (rating adjusted for the number of reviews); unrated last.' },
  },
});

@InputType('SearchFilter', { description: 'Narrows a search. All given conditions must hold.' })
export class SearchFilterInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only products filed under one of these categories or any category below them (at most 20).',
  })
  categoryIds?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only products with a variant priced at least this many cents.',
  })
  minPrice?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only products with a variant priced at most this many cents.',
  })
  maxPrice?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only products with a variant in stock.' })
  inStock?: boolean | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Only products whose average rating is at least this (0–5).',
  })
  minRating?: number | null;
}
