import type { Metadata } from 'next';
import { AdminSignInForm } from '@/components/admin-sign-in-form';
import { safeRedirectPath } from '@msa/web-kit/safe-redirect';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  return <AdminSignInForm next={safeRedirectPath(next)} />;
}
