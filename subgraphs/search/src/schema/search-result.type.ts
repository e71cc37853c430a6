import { ConnectionType } from '@msa/subgraph-kit';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ProductRef } from './entity-refs';

/** Composes with the products subgraph's own ProductConnection (shareable, same fields). */
export const ProductConnection = ConnectionType(ProductRef, 'Product', 'A page of products.');

@ObjectType('SearchCategoryFacet', { description: 'How many matching products are filed under a category.' })
export class SearchCategoryFacet {
  @Field(() => ID, { description: 'The category id; pass it in filter.categoryIds.' })
  value!: string;

  @Field(() => String, { description: 'The category name.' })
  label!: string;

  @Field(() => Int, { description: 'Matching products in this category or below it.' })
  count!: number;
}

@ObjectType('SearchPriceRangeFacet', {
  description: 'How many matching products start at a price in this range.',
})
export class SearchPriceRangeFacet {
  @Field(() => Int, { description: 'Lowest price of the range in cents (inclusive).' })
  min!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Upper end of the range in cents (exclusive); null for the top range.',
  })
  max!: number | null;

  @Field(() => Int, { description: 'Matching products whose cheapest variant is in the range.' })
  count!: number;
}

@ObjectType('SearchRatingFacet', { description: 'How many matching products are rated at least this well.' })
export class SearchRatingFacet {
  @Field(() => Int, { description: 'Stars: 4 means "4 stars and up"; pass it as filter.minRating.' })
  value!: number;

  @Field(() => Int, { description: 'Matching products with an average rating of at least `value`.' })
  count!: number;
}

@ObjectType('SearchFacets', {
  description: 'Counts that help narrow a search. Each facet applies every filter except its own.',
})
export class SearchFacets {
  @Directive('@listSize(assumedSize: 10)')
  @Field(() => [SearchCategoryFacet], {
    description: 'Categories of the matching products (ancestors included), largest first.',
  })
  categories!: SearchCategoryFacet[];

  @Directive('@listSize(assumedSize: 6)')
  @Field(() => [SearchPriceRangeFacet], {
    description: 'Price ranges by the products’ lowest price, cheapest first; empty ranges left out.',
  })
  priceRanges!: SearchPriceRangeFacet[];

  @Directive('@listSize(assumedSize: 4)')
  @Field(() => [SearchRatingFacet], {
    description: 'Rating thresholds from 4 stars down to 1; empty ones left out.',
  })
  ratings!: SearchRatingFacet[];
}

@ObjectType('SearchResult', { description: 'One page of a product search with its facets.' })
export class SearchResult {
  @Field(() => ID, {
    description: 'Identifies this search; pass it to recordSearchClick when a result is opened.',
  })
  searchId!: string;

  @Field(() => ProductConnection, {
    description: 'The matching products of this page, best first for the chosen sort.',
  })
  hits!: InstanceType<typeof ProductConnection>;

  @Field(() => Int, { description: 'Number of matching products across all pages.' })
  totalCount!: number;

  @Field(() => SearchFacets, { description: 'Counts per category, price range and rating for the query.' })
  facets!: SearchFacets;

  @Field(() => String, {
    nullable: true,
    description:
      'The query actually searched when words were misspelled (e.g. "headphones" for "hedphones"); null otherwise.',
  })
  correctedQuery!: string | null;
}

export enum SearchSuggestionKindValue {
  CATEGORY = 'CATEGORY',
  PRODUCT = 'PRODUCT',
}
registerEnumType(SearchSuggestionKindValue, {
  name: 'SearchSuggestionKind',
  description: 'What an autocomplete suggestion points to.',
  valuesConfig: {
    CATEGORY: { description: 'A category name; `categoryId` is set.' },
    PRODUCT: { description: 'A product name; `product` is set.' },
  },
});

@ObjectType('SearchSuggestion', { description: 'An autocomplete suggestion for a search box.' })
export class SearchSuggestion {
  @Field(() => String, { description: 'Text to show (and search for when chosen).' })
  text!: string;

  @Field(() => SearchSuggestionKindValue, { description: 'Whether it names a category or a product.' })
  kind!: SearchSuggestionKindValue;

  @Field(() => ProductRef, { nullable: true, description: 'The product, for PRODUCT suggestions.' })
  product!: ProductRef | null;

  @Field(() => ID, { nullable: true, description: 'The category id, for CATEGORY suggestions.' })
  categoryId!: string | null;
}

@ObjectType('SearchQueryCount', { description: 'A normalized search query and how often it was searched.' })
export class SearchQueryCount {
  @Field(() => String, { description: 'The query, lowercased with accents and punctuation removed.' })
  query!: string;

  @Field(() => Int, { description: 'Number of searches.' })
  count!: number;
}

@ObjectType('SearchAnalytics', { description: 'What shoppers searched for in a time window.' })
export class SearchAnalytics {
  @Field(() => Date, { description: 'Start of the window (inclusive).' })
  from!: Date;

  @Field(() => Date, { description: 'End of the window (exclusive).' })
  to!: Date;

  @Field(() => Int, { description: 'Searches made (later pages of a search not counted again).' })
  totalSearches!: number;

  @Field(() => Int, { description: 'Results opened from those searches.' })
  totalClicks!: number;

  @Field(() => [SearchQueryCount], { description: 'Most frequent queries, most frequent first.' })
  topQueries!: SearchQueryCount[];

  @Field(() => [SearchQueryCount], { description: 'Most frequent queries that found nothing.' })
  zeroResultQueries!: SearchQueryCount[];

  @Field(() => Float, { description: 'Share of searches (0–1) after which at least one result was opened.' })
  clickThroughRate!: number;
}
