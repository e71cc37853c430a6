import type { Metadata } from 'next';
import { serverQuery } from '@msa/web-kit/server-graphql';
import { SearchView } from '@/components/search/search-view';
import { SearchProductsQuery } from '@/graphql/search.graphql';
import { PRODUCT_PAGE_SIZE } from '@/lib/config';
import { parseSearchState, searchVariables, type QueryValues } from '@/lib/search/search-state';

type Props = { searchParams: Promise<QueryValues> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseSearchState(await searchParams);
  return {
    title: query ? `Search: ${query}` : 'Search',
    description: query ? `Products matching “${query}” at MSA Shop.` : 'Search the MSA Shop catalog.',
    robots: { index: false },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const state = parseSearchState(await searchParams);
  const { search } = await serverQuery(SearchProductsQuery, searchVariables(state, PRODUCT_PAGE_SIZE));
  return <SearchView state={state} result={search} />;
}
