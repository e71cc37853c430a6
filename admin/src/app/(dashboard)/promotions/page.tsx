import type { Metadata } from 'next';
import { PromotionsTable } from '@/components/promotions-table';

export const metadata: Metadata = { title: 'Promotions' };

export default function PromotionsPage() {
  return <PromotionsTable />;
}
