import type { Metadata } from 'next';
import { DeadLettersTable } from '@/components/dead-letters-table';

export const metadata: Metadata = { title: 'Dead letters' };

export default function DeadLettersPage() {
  return <DeadLettersTable />;
}
