import { DeadLetterCursorError, listDeadLetters, retryDeadLetter, type DeadLetter } from '@msa/events';
import { badUserInput } from '@msa/subgraph-kit';
import type { Redis } from 'ioredis';

export interface DeadLetterPage {
  entries: DeadLetter[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface DeadLetterService {
  list(first: number, after: string | null): Promise<DeadLetterPage>;
  /** Re-enqueues the job on its original queue; null when no such dead letter exists. */
  retry(id: string): Promise<{ queue: string; jobId: string } | null>;
}

/**
 * The system's dead letters (jobs that exhausted their retries, on any queue under this prefix), for
 * administrators to inspect and retry once the cause is fixed.
 */
export function createDeadLetterService(connection: Redis, prefix: string): DeadLetterService {
  return {
    async list(first, after) {
      try {
        return await listDeadLetters(connection, { prefix, first, after });
      } catch (error) {
        if (error instanceof DeadLetterCursorError) throw badUserInput(error.message, ['after']);
        throw error;
      }
    },
    retry: (id) => retryDeadLetter(connection, id, { prefix }),
  };
}
