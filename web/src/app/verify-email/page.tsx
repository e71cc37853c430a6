import type { Metadata } from 'next';
import { VerifyEmailView } from '@/components/account-recovery/verify-email-view';

export const metadata: Metadata = { title: 'Confirm your email', referrer: 'no-referrer' };

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  return <VerifyEmailView token={typeof token === 'string' ? token : ''} />;
}
