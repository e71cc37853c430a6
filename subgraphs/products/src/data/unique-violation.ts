import { uniqueViolationFields } from '@msa/subgraph-kit';

/** A write hit a unique index (a slug or SKU taken by a concurrent request after the service checked). */
export class UniqueViolationError extends Error {
  constructor(readonly fields: string[]) {
    super(`Unique constraint violated on ${fields.join(', ')}`);
    this.name = 'UniqueViolationError';
  }
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
