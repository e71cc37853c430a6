import type { Metadata } from 'next';
import { OrderLookup } from '@/components/order/order-lookup';

export const metadata: Metadata = { title: 'Find my order' };

export default function OrderLookupPage() {
  return <OrderLookup />;
}
