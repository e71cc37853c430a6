import type { Metadata } from 'next';
import { PromotionEdit } from '@/components/promotion-edit';

export const metadata: Metadata = { title: 'Promotion' };

export default async function PromotionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { id } = await params;
  const { created } = await searchParams;
  return <PromotionEdit id={decodeURIComponent(id)} created={created === '1'} />;
}
