'use client';

import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { CategoryChildrenQuery, TopCategoriesQuery } from '@/graphql/categories.graphql';
import { collectCategories, type CategoryRecord, type FetchedCategory } from './category-tree';

interface LevelCategory {
  id: string;
  slug: string;
  name: string;
  description: string;
  parent: { id: string } | null;
  children: readonly { id: string }[];
}

const toFetched = (category: LevelCategory): FetchedCategory => ({
  id: category.id,
  slug: category.slug,
  name: category.name,
  description: category.description,
  parentId: category.parent?.id ?? null,
  hasChildren: category.children.length > 0,
});

/** Every category as a flat list, fetched level by level; `reload` after a change. */
export function useCategoryRecords() {
  const client = useApolloClient();
  const [state, setState] = useState<{ records: CategoryRecord[] | null; error: unknown; loading: boolean }>({
    records: null,
    error: null,
    loading: true,
  });

  const reload = useCallback(async () => {
    setState((current) => ({ ...current, loading: true, error: null }));
    try {
      const records = await collectCategories(
        async () => {
          const { data } = await client.query({ query: TopCategoriesQuery, fetchPolicy: 'network-only' });
          return (data?.categories ?? []).map(toFetched);
        },
        async (id) => {
          const { data } = await client.query({
            query: CategoryChildrenQuery,
            variables: { id },
            fetchPolicy: 'network-only',
          });
          return (data?.category?.children ?? []).map(toFetched);
        },
      );
      setState({ records, error: null, loading: false });
    } catch (error) {
      setState((current) => ({ ...current, error, loading: false }));
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ...state, reload };
}
