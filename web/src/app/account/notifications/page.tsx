import type { Metadata } from 'next';
import { NotificationsPage } from '@/components/account/notifications-page';

export const metadata: Metadata = {
  title: 'Notifications',
  description: 'Your notifications and how you want to receive them.',
};

export default function AccountNotificationsPage() {
  return <NotificationsPage />;
}
