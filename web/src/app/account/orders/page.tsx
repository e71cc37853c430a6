import type { Metadata } from 'next';
import { OrdersList } from '@/components/orders-list';

export const metadata: Metadata = { title: 'My orders' };

export default function MyOrdersPage() {
  return <OrdersList />;
}
