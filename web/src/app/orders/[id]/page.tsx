import type { Metadata } from 'next';
import { GuestOrderView } from '@/components/order/guest-order-view';

export const metadata: Metadata = { title: 'Your order' };

/** A guest's order after checkout (signed-in customers' orders live under /account/orders). */
export default async function GuestOrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ placed?: string | string[] }>;
}) {
  const { id } = await params;
  const { placed } = await searchParams;
  return <GuestOrderView orderId={decodeURIComponent(id)} placed={placed === '1'} />;
}
