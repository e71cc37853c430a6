import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { serverQuery } from '@msa/web-kit/server-graphql';
import { CategoryView } from '@/components/category-view';
import { CategoryBySlugQuery, StorefrontProductsQuery } from '@/graphql/catalog.graphql';
import { productGridVariables } from '@/lib/catalog-variables';

type Params = { params: Promise<{ slug: string }> };

/** One fetch per request, shared by the metadata and the page. */
const categoryBySlug = cache((slug: string) => serverQuery(CategoryBySlugQuery, { slug }));

async function slugOf(params: Params['params']): Promise<string> {
  return decodeURIComponent((await params).slug);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { category } = await categoryBySlug(await slugOf(params));
  if (!category) return { title: 'Category not found' };
  return {
    title: category.name,
    description: category.description || `Shop ${category.name} at MSA Shop.`,
  };
}

export default async function CategoryPage({ params }: Params) {
  const slug = await slugOf(params);
  const initial = await categoryBySlug(slug);
  if (!initial.category) notFound();
  const firstPage = await serverQuery(StorefrontProductsQuery, productGridVariables(initial.category.id));
  return <CategoryView slug={slug} initial={initial} firstPage={firstPage} />;
}
