import type { Metadata } from 'next';
import { ProfilePage } from '@/components/account/profile-page';

export const metadata: Metadata = { title: 'Your profile', description: 'Your name, email and password.' };

export default function AccountPage() {
  return <ProfilePage />;
}
