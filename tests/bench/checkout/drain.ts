import type { TestDatabase } from '@msa/testing';
import { waitUntil } from '../../support/service-cluster';
import { pendingJobCount, unpublishedCount } from './run-records';

/**
 * What one read of the outboxes costs each database in pg_stat_database: the connection's start is a
 * transaction, and so is the query.
 */
export const TRANSACTIONS_PER_OUTBOX_READ = 2;

/**
 * Waits until every outbox row is published and no queue holds a waiting or active job, twice in a row (a
 * handler may write a new row between the two reads of one check). Resolves with how many times it read
 * the outboxes: each read is TRANSACTIONS_PER_OUTBOX_READ transactions in every database, which a
 * measurement that spans the wait must not count as the services' own.
 */
export async function waitForQuiet(databases: Record<string, TestDatabase>, prefix: string): Promise<number> {
  let quietChecks = 0;
  let outboxReads = 0;
  await waitUntil(
    async () => {
      let busy = await pendingJobCount(prefix);
      // The outboxes are read only once the queues are empty: there is no need to look before.
      if (busy === 0) {
        outboxReads += 1;
        busy = await unpublishedCount(databases);
      }
      quietChecks = busy === 0 ? quietChecks + 1 : 0;
      return quietChecks >= 2;
    },
    { timeoutMs: 120_000, intervalMs: 100, what: 'the queues and outboxes to drain' },
  );
  return outboxReads;
}
