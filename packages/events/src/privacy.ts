import { createHash } from 'node:crypto';
import { EVENT_SUBSCRIBERS, type DomainEvent } from './event-catalog';
import { processOnce } from './inbox';
import { publishEvent, type RawSqlExecutor } from './outbox-writer';
import type { EventHandlers } from './workers';

/**
 * The subgraphs that contribute a part to a customer's data export: exactly the subscribers of
 * `user.data_export_requested`, so the assembler waits for every service the event reaches and for no other.
 */
export const DATA_EXPORT_CONTRIBUTORS: readonly string[] = EVENT_SUBSCRIBERS['user.data_export_requested'];

/** What one subgraph does for the privacy requests, on its own data, inside the handler's transaction. */
export interface PrivacyContributor<Tx extends RawSqlExecutor> {
  /** The subgraph's name, as listed in the catalog; also its inbox consumer name for these events. */
  service: string;
  /** Runs the work in one database transaction of this subgraph. */
  transaction: (work: (tx: Tx) => Promise<void>) => Promise<void>;
  /** The customer's data this subgraph keeps, as plain JSON (a pure function of its rows). */
  exportPart: (tx: Tx, userId: string) => Promise<unknown>;
  /** Removes or anonymises the customer's personal data; safe to run again. */
  eraseUser: (tx: Tx, userId: string) => Promise<void>;
  /** Runs after the erasure committed (also on a redelivery), e.g. to drop a cache copy. */
  afterErase?: (userId: string) => Promise<void>;
}

/**
 * A stable message id for a subgraph's part of an export, so a redelivered request writes the same outbox row
 * (and the same job id) instead of a second part.
 */
export function exportPartMessageId(exportId: string, service: string): string {
  const hex = createHash('sha256').update(`data-export-part:${exportId}:${service}`).digest('hex');
  // Shaped as a version-4-like UUID so it fits the uuid columns of outbox and inbox.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The two privacy handlers every subgraph holding personal data registers next to its own event handlers:
 * `user.data_export_requested` answers with this subgraph's part through its outbox, `user.account_deleted`
 * erases. Both record the message in the inbox in the same transaction, so a redelivery changes nothing.
 */
export function privacyEventHandlers<Tx extends RawSqlExecutor>(
  contributor: PrivacyContributor<Tx>,
): EventHandlers {
  const consumer = `${contributor.service}:privacy`;
  const once = (event: DomainEvent, work: (tx: Tx) => Promise<void>) =>
    contributor.transaction(async (tx) => {
      if (await processOnce(tx, consumer, event.id)) await work(tx);
    });
  const handlers: EventHandlers = {
    'user.data_export_requested': (event) =>
      once(event, async (tx) => {
        const { exportId, userId } = event.payload;
        const data = await contributor.exportPart(tx, userId);
        await publishEvent(
          tx,
          'user.data_export_part_ready',
          { exportId, userId, subgraph: contributor.service, data },
          exportPartMessageId(exportId, contributor.service),
        );
      }),
    'user.account_deleted': async (event) => {
      await once(event, (tx) => contributor.eraseUser(tx, event.payload.userId));
      await contributor.afterErase?.(event.payload.userId);
    },
  };
  return handlers;
}
