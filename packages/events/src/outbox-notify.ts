import pg from 'pg';
import type { EventsLogger } from './logger';

/** The LISTEN/NOTIFY channel that says "the outbox has new rows". */
export const OUTBOX_CHANNEL = 'outbox';

/**
 * SQL a publishing service appends to the migration that creates its `outbox` table: after every insert
 * commits, Postgres notifies the relay, which then publishes within milliseconds instead of at its next poll.
 * Notifications are only a wake-up call (they are lost while no relay listens); the rows are the truth.
 */
export function outboxNotifyTriggerSql(): string {
  return `-- Wakes the outbox relay (LISTEN ${OUTBOX_CHANNEL}) when a message commits; the relay also polls.
CREATE OR REPLACE FUNCTION "outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('${OUTBOX_CHANNEL}', NEW."id"::text);
  RETURN NEW;
END;
$$;

DROP TRIGGER IF EXISTS "outbox_notify" ON "outbox";
CREATE TRIGGER "outbox_notify" AFTER INSERT ON "outbox" FOR EACH ROW EXECUTE FUNCTION "outbox_notify"();
`;
}

export interface OutboxListener {
  /** Settles after the first attempt to LISTEN, whether or not it succeeded. */
  ready: Promise<void>;
  /** Whether the connection LISTENs now (a notification sent now would arrive). */
  listening(): boolean;
  close(): Promise<void>;
}

/**
 * Holds one connection that LISTENs on the outbox channel and calls `onWake` with the row id of every
 * notification, and without one after each (re)connect because rows may have committed while nobody listened. A lost connection is
 * re-opened after `retryMs`; polling covers the gap.
 */
export function listenForOutbox(
  databaseUrl: string,
  onWake: (id?: string) => void,
  logger: EventsLogger,
  retryMs: number,
): OutboxListener {
  let closed = false;
  let client: pg.Client | null = null;
  let listeningOn: pg.Client | null = null;
  let retryTimer: NodeJS.Timeout | null = null;

  const scheduleReconnect = () => {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, retryMs);
  };

  const abandon = (lost: pg.Client, error?: Error) => {
    if (client !== lost) return;
    client = null;
    listeningOn = null;
    if (error && !closed)
      logger.warn({ err: error }, 'outbox listener connection lost; polling until it is back');
    lost.end().catch(() => undefined);
    scheduleReconnect();
  };

  const connect = async () => {
    const candidate = new pg.Client({ connectionString: databaseUrl });
    candidate.on('notification', (message) => {
      if (message.channel === OUTBOX_CHANNEL) onWake(message.payload);
    });
    candidate.on('error', (error) => abandon(candidate, error));
    candidate.on('end', () => abandon(candidate));
    client = candidate;
    try {
      await candidate.connect();
      await candidate.query(`LISTEN "${OUTBOX_CHANNEL}"`);
    } catch (error) {
      abandon(candidate, error as Error);
      return;
    }
    if (closed) {
      await candidate.end().catch(() => undefined);
      return;
    }
    if (client === candidate) listeningOn = candidate;
    onWake();
  };

  const ready = connect();
  return {
    ready,
    listening: () => !closed && listeningOn !== null && listeningOn === client,
    async close() {
      closed = true;
      listeningOn = null;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      const open = client;
      client = null;
      await ready;
      if (open) await open.end().catch(() => undefined);
    },
  };
}
