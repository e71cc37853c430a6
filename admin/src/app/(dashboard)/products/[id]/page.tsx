import type { Metadata } from 'next';
import { ProductEdit } from '@/components/product-edit';

export const metadata: Metadata = { title: 'Product' };

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ProductEdit id={decodeURIComponent(id)} />;
}
