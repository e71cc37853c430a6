import type { RawSqlExecutor } from './outbox-writer';

/**
 * The inbox makes consumers idempotent. BullMQ delivers at least once (a retry after a crash, a relay
 * re-adding a job, an admin retrying a dead letter), so a handler records the message id in the `inbox`
 * table inside the same transaction as its own writes:
 *
 *   await prisma.$transaction(async (tx) => {
 *     if (!(await processOnce(tx, 'orders', event.id))) return; // seen before: its effects are committed
 *     await tx.order.update(...);
 *   });
 *
 * Both commit together or not at all, so a redelivered message finds its id and changes nothing, while a
 * message whose handler failed left no id behind and is processed in full on retry. Two deliveries racing
 * each other serialize on the primary key: the second waits for the first to commit, then sees it.
 */
export async function processOnce(tx: RawSqlExecutor, consumer: string, messageId: string): Promise<boolean> {
  const inserted = await tx.$executeRawUnsafe(
    `INSERT INTO "inbox" ("consumer", "id") VALUES ($1, $2::uuid) ON CONFLICT DO NOTHING`,
    consumer,
    messageId,
  );
  return inserted === 1;
}
