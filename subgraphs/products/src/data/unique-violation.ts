/** A write hit a unique index (a slug or SKU taken by a concurrent request after the service checked). */
export class UniqueViolationError extends Error {
  constructor(readonly fields: string[]) {
    super(`Unique constraint violated on ${fields.join(', ')}`);
    this.name = 'UniqueViolationError';
  }
}

interface PrismaKnownError {
  code?: string;
  meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } } };
}

/** Fields of a Prisma P2002 error, whether reported by the classic engine (`target`) or a driver adapter. */
export function uniqueViolationFields(error: unknown): string[] | null {
  const known = error as PrismaKnownError;
  if (typeof error !== 'object' || error === null || known.code !== 'P2002') return null;
  const fields = known.meta?.driverAdapterError?.cause?.constraint?.fields ?? known.meta?.target;
  return Array.isArray(fields) ? fields.map(String) : [];
}

/** Runs a write, turning a unique-index violation into a UniqueViolationError the services understand. */
export async function translateUniqueViolation<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const fields = uniqueViolationFields(error);
    if (fields) throw new UniqueViolationError(fields);
    throw error;
  }
}
