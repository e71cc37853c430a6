import { randomUUID } from 'node:crypto';
import { outboxPayloads, type PgQueryable, type PrismaQueryable } from './outbox';
import { messageEnvelope, type TestMessage } from './test-queues';

type PrivacyEventName = 'user.data_export_requested' | 'user.account_deleted';

/** The handlers a subgraph registers for the users service's privacy requests (`privacyEventHandlers`). */
export type PrivacyRequestHandlers = {
  [E in PrivacyEventName]?: (message: TestMessage<E, never>) => Promise<void>;
};

/** The part of a user's data export one subgraph publishes (`user.data_export_part_ready`). */
export interface ExportPartView {
  exportId: string;
  userId: string;
  subgraph: string;
  data: Record<string, unknown>;
}

function handlerFor<E extends PrivacyEventName>(handlers: PrivacyRequestHandlers, name: E) {
  const handle = handlers[name] as ((message: TestMessage<E, unknown>) => Promise<void>) | undefined;
  if (!handle) throw new Error(`the subgraph registers no handler for ${name}`);
  return handle;
}

/**
 * Delivers a data export request for the user twice, as a redelivered message would arrive, and returns the
 * one part the subgraph wrote to its outbox for that export. Throws unless there is exactly one.
 */
export async function exportPartOnRedelivery(
  db: PgQueryable | PrismaQueryable,
  handlers: PrivacyRequestHandlers,
  userId: string,
): Promise<ExportPartView> {
  const handle = handlerFor(handlers, 'user.data_export_requested');
  const exportId = randomUUID();
  const request = messageEnvelope('user.data_export_requested', { exportId, userId });
  await handle(request);
  await handle(request);
  const parts = (
    await outboxPayloads<ExportPartView>(db, { kind: 'event', name: 'user.data_export_part_ready' })
  ).filter((part) => part.exportId === exportId);
  if (parts.length !== 1) throw new Error(`expected one export part for ${exportId}, found ${parts.length}`);
  return parts[0]!;
}

/** Delivers the deletion of the user's account twice, as a redelivered message would arrive. */
export async function deleteAccountOnRedelivery(handlers: PrivacyRequestHandlers, userId: string) {
  const handle = handlerFor(handlers, 'user.account_deleted');
  const deletion = messageEnvelope('user.account_deleted', { userId });
  await handle(deletion);
  await handle(deletion);
}
