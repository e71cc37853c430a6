import { createRuntimeAdapter } from '@msa/prisma-toolkit';
import { PrismaClient } from '../__generated__/prisma/client';

export type { PrismaClient };

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: createRuntimeAdapter(databaseUrl) });
}

/** Postgres rejects a malformed uuid with an error; callers asking for one simply find nothing. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
