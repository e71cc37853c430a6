import type { Metadata } from 'next';
import { RegisterForm } from '@/components/register-form';
import { safeRedirectPath } from '@msa/web-kit/safe-redirect';

export const metadata: Metadata = { title: 'Create an account' };

export default async function RegisterPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  return <RegisterForm next={safeRedirectPath(next)} />;
}
