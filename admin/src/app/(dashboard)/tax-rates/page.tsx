import type { Metadata } from 'next';
import { TaxRatesTable } from '@/components/tax-rates-table';

export const metadata: Metadata = { title: 'Tax rates' };

export default function TaxRatesPage() {
  return <TaxRatesTable />;
}
