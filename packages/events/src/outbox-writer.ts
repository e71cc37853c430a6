import { randomUUID } from 'node:crypto';
import { captureTraceContext } from '@msa/telemetry';
import type { CommandName, CommandPayloads } from './command-catalog';
import type { EventName, EventPayloads } from './event-catalog';
import { noteOutboxWrite } from './outbox-handoff';

/**
 * The outbox table every publishing subgraph declares in its Prisma schema (see packages/events/README.md):
 * messages are written in the same transaction as the state change, and the relay moves them to BullMQ.
 */
export interface RawSqlExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

export type OutboxKind = 'event' | 'command';

export interface OutboxMessageInput {
  kind: OutboxKind;
  name: string;
  payload: unknown;
  /** Defaults to a new UUID; pass a deterministic UUID to make the write itself idempotent. */
  id?: string;
}

export async function writeOutbox(tx: RawSqlExecutor, message: OutboxMessageInput): Promise<string> {
  const id = message.id ?? randomUUID();
  const inserted = await tx.$executeRawUnsafe(
    `INSERT INTO "outbox" ("id", "kind", "name", "payload", "trace_context") VALUES ($1::uuid, $2, $3, $4::jsonb, $5::jsonb) ON CONFLICT ("id") DO NOTHING`,
    id,
    message.kind,
    message.name,
    JSON.stringify(message.payload),
    // The active trace (W3C trace context) travels with the message to its consumers; null when not traced.
    JSON.stringify(captureTraceContext()),
  );
  // Named to the relay of this process when the transaction commits (see outbox-handoff.ts).
  if (inserted === 1) noteOutboxWrite(tx, id);
  return id;
}

/** Records a domain event in the caller's transaction. */
export function publishEvent<E extends EventName>(
  tx: RawSqlExecutor,
  name: E,
  payload: EventPayloads[E],
  id?: string,
): Promise<string> {
  return writeOutbox(tx, { kind: 'event', name, payload, ...(id ? { id } : {}) });
}

/** Records a command for its owning service in the caller's transaction. */
export function sendCommand<C extends CommandName>(
  tx: RawSqlExecutor,
  name: C,
  payload: CommandPayloads[C],
  id?: string,
): Promise<string> {
  return writeOutbox(tx, { kind: 'command', name, payload, ...(id ? { id } : {}) });
}
