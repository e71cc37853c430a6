import type { Metadata } from 'next';
import { PromotionCreate } from '@/components/promotion-create';

export const metadata: Metadata = { title: 'New promotion' };

export default function NewPromotionPage() {
  return <PromotionCreate />;
}
