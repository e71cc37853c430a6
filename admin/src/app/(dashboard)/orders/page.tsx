import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Loading } from '@msa/web-kit/query-state';
import { OrdersTable } from '@/components/orders-table';

export const metadata: Metadata = { title: 'Orders' };

export default function OrdersPage() {
  return (
    <Suspense fallback={<Loading label="Loading orders…" />}>
      <OrdersTable />
    </Suspense>
  );
}
