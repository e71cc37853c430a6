import type { Metadata } from 'next';
import { ReturnsQueue } from '@/components/returns-queue';

export const metadata: Metadata = { title: 'Returns' };

export default function ReturnsPage() {
  return <ReturnsQueue />;
}
