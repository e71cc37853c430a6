import type { TestDatabase } from '@msa/testing';
import { waitUntil } from '../../support/service-cluster';
import { pendingJobCount, unpublishedCount } from './run-records';

/**
 * Waits until every outbox row is published and no queue holds a waiting or active job, twice in a row (a
 * handler may write a new row between the two reads of one check).
 */
export async function waitForQuiet(databases: Record<string, TestDatabase>, prefix: string): Promise<void> {
  let quietChecks = 0;
  await waitUntil(
    async () => {
      const busy = (await pendingJobCount(prefix)) + (await unpublishedCount(databases));
      quietChecks = busy === 0 ? quietChecks + 1 : 0;
      return quietChecks >= 2;
    },
    { timeoutMs: 120_000, intervalMs: 100, what: 'the queues and outboxes to drain' },
  );
}
