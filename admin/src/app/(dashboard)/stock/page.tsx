import type { Metadata } from 'next';
import { LowStockTable } from '@/components/low-stock-table';

export const metadata: Metadata = { title: 'Low stock' };

export default function LowStockPage() {
  return <LowStockTable />;
}
