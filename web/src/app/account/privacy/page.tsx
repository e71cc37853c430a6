import type { Metadata } from 'next';
import { PrivacyPage } from '@/components/account/privacy-page';

export const metadata: Metadata = {
  title: 'Privacy',
  description: 'Download a copy of your data or delete your account.',
};

export default function AccountPrivacyPage() {
  return <PrivacyPage />;
}
