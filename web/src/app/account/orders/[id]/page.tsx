import type { Metadata } from 'next';
import { OrderView } from '@/components/order/order-view';

export const metadata: Metadata = { title: 'Order' };

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ placed?: string | string[] }>;
}) {
  const { id } = await params;
  const { placed } = await searchParams;
  return <OrderView orderId={decodeURIComponent(id)} placed={placed === '1'} />;
}
