import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { SearchSort } from '../domain/search-request';
import type { SearchContext } from './context';
import { payload, RecordSearchClickPayload } from './payloads';
import { SearchFilterInput, SearchSortEnum } from './search-inputs';
import { toSearchResult, toSearchSuggestion } from './search-result.mapper';
import { SearchResult, SearchSuggestion } from './search-result.type';

/** Product search and autocomplete are open to everyone, signed in or not. */
@Resolver(() => SearchResult)
export class SearchResolver {
  @Query(() => SearchResult, {
    description:
      'Full-text product search over ACTIVE products, typo tolerant, with filters, sorts and facets.',
  })
  async search(
    @Arg('query', () => String, {
      nullable: true,
      description: 'Words to find (at most 200 characters); omit to browse.',
    })
    query: string | null,
    @Arg('filter', () => SearchFilterInput, {
      nullable: true,
      description: 'Conditions every result must meet.',
    })
    filter: SearchFilterInput | null,
    @Arg('sort', () => SearchSortEnum, {
      nullable: true,
      defaultValue: 'RELEVANCE',
      description: 'Order of the results.',
    })
    sort: SearchSort,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100; default 20.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: SearchContext,
  ): Promise<SearchResult> {
    return toSearchResult(
      await ctx.services.search.search({ query, filter, sort, first, after }, ctx.identity),
    );
  }

  @Query(() => [SearchSuggestion], {
    description: 'Autocomplete: categories, then products, with a word starting with the prefix.',
  })
  async suggest(
    @Arg('prefix', () => String, {
      description: 'What the shopper has typed so far (at most 100 characters).',
    })
    prefix: string,
    @Arg('first', () => Int, { nullable: true, description: 'Number of suggestions, at most 20; default 8.' })
    first: number | null,
    @Ctx() ctx: SearchContext,
  ): Promise<SearchSuggestion[]> {
    return (await ctx.services.search.suggest(prefix, first)).map(toSearchSuggestion);
  }

  @Mutation(() => RecordSearchClickPayload, {
    description:
      'Records that a result of a search was opened (for search analytics). A signed-in shopper’s search accepts their own clicks only.',
  })
  async recordSearchClick(
    @Arg('searchId', () => ID, { description: 'SearchResult.searchId of the search.' }) searchId: string,
    @Arg('productId', () => ID, { description: 'The product that was opened.' }) productId: string,
    @Ctx() ctx: SearchContext,
  ): Promise<RecordSearchClickPayload> {
    return payload(
      RecordSearchClickPayload,
      await ctx.services.analytics.recordClick(ctx.identity, searchId, productId),
    );
  }
}
