import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { serverQuery } from '@msa/web-kit/server-graphql';
import { ProductDetail } from '@/components/product-detail';
import { ProductBySlugQuery } from '@/graphql/catalog.graphql';
import { RecommendationsQuery } from '@/graphql/search.graphql';

type Params = { params: Promise<{ slug: string }> };

/** One fetch per request, shared by the metadata and the page. */
const productBySlug = cache((slug: string) => serverQuery(ProductBySlugQuery, { slug }));

async function slugOf(params: Params['params']): Promise<string> {
  return decodeURIComponent((await params).slug);
}

/** The first sentence-ish of the description, short enough for a search result snippet. */
function summary(text: string | null | undefined, fallback: string): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!clean) return fallback;
  return clean.length > 160 ? `${clean.slice(0, 157).trimEnd()}…` : clean;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { product } = await productBySlug(await slugOf(params));
  if (!product) return { title: 'Product not found' };
  const image = product.images[0];
  return {
    title: product.name,
    description: summary(product.description, `${product.name} at MSA Shop.`),
    ...(image ? { openGraph: { title: product.name, images: [{ url: image.url }] } } : {}),
  };
}

export default async function ProductPage({ params }: Params) {
  const { product } = await productBySlug(await slugOf(params));
  if (!product) notFound();
  // The product is the page; without recommendations it is still worth showing.
  const recommendations = await serverQuery(RecommendationsQuery, { productId: product.id, first: 4 })
    .then((data) => data.recommendations)
    .catch((error: unknown) => {
      console.error(`recommendations for ${product.id} failed:`, error);
      return [];
    });
  return <ProductDetail product={product} recommendations={recommendations} />;
}
