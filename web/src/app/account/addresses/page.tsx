import type { Metadata } from 'next';
import { AddressBook } from '@/components/account/address-book';

export const metadata: Metadata = {
  title: 'Your addresses',
  description: 'Your address book and default address.',
};

export default function AddressesPage() {
  return <AddressBook />;
}
