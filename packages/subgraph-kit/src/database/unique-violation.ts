interface PrismaKnownError {
  code?: unknown;
  meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } } };
}

const UNIQUE_VIOLATION = 'P2002';

/** A unique constraint refused the write (Prisma's P2002), e.g. an email or a coupon code already taken. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as PrismaKnownError).code === UNIQUE_VIOLATION;
}

/**
 * The columns of the violated unique index, whether reported by the classic engine (`target`) or a driver
 * adapter; an empty list when Prisma names none, null when the error is no unique violation.
 */
export function uniqueViolationFields(error: unknown): string[] | null {
  if (!isUniqueViolation(error)) return null;
  const { meta } = error as PrismaKnownError;
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? meta?.target;
  return Array.isArray(fields) ? fields.map(String) : [];
}
