/**
 * The in-process hand-off from a transaction that wrote outbox rows to the relay of the same database. The
 * relay learns of new rows from the outbox trigger's notifications (LISTEN/NOTIFY), which cost a round trip
 * through Postgres and, for a transaction that wrote several rows, a second relay run that finds nothing. A
 * transaction run through the subgraph kit's database wrapper instead names its rows to the relays of its
 * process before it commits and wakes them once it has: their notifications are then ignored. Notifications
 * stay the path for rows written anywhere else (another process or replica, a transaction not run through the
 * wrapper), and the relay's poll stays the fallback for both.
 */

/** What a relay exposes to the transactions of its process. */
export interface LocalOutboxRelay {
  /** The transaction that wrote these rows is about to commit: their notifications need not wake the relay. */
  expect(ids: readonly string[]): void;
  /** The transaction did not commit after all: its rows will not be notified. */
  forget(ids: readonly string[]): void;
  /** The transaction committed: publish its rows now. */
  committed(): void;
}

/** The relays of this process, by database (host, port and name). */
const relays = new Map<string, Set<LocalOutboxRelay>>();

/** The ids each open transaction wrote to its outbox (keyed by the transaction client). */
const written = new WeakMap<object, string[]>();

/** `postgresql://user@host:5432/msa_orders?x=y` → `host:5432/msa_orders`: which outbox a URL reaches. */
export function outboxKey(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || '5432'}${decodeURIComponent(url.pathname)}`;
  } catch {
    return databaseUrl;
  }
}

/** Registers a relay for the outbox of `databaseUrl`; returns the function that unregisters it. */
export function registerLocalRelay(databaseUrl: string, relay: LocalOutboxRelay): () => void {
  const key = outboxKey(databaseUrl);
  const set = relays.get(key) ?? new Set();
  set.add(relay);
  relays.set(key, set);
  return () => {
    set.delete(relay);
    if (!set.size && relays.get(key) === set) relays.delete(key);
  };
}

/** Called by the outbox writer for every row it inserts in `tx`. */
export function noteOutboxWrite(tx: object, id: string): void {
  const ids = written.get(tx);
  if (ids) ids.push(id);
  else written.set(tx, [id]);
}

/** The rows `tx` wrote so far, forgotten by the hand-off once taken. */
export function takeOutboxWrites(tx: object): string[] {
  const ids = written.get(tx) ?? [];
  written.delete(tx);
  return ids;
}

export interface OutboxCommitHandOff {
  /** Inside the transaction, after its work: names the rows it wrote to the relays. */
  beforeCommit(tx: object): string[];
  /** After the commit: wakes the relays if the transaction wrote any row. */
  afterCommit(ids: readonly string[]): void;
  /** After a failed commit (or a failure after beforeCommit): the rows were never committed. */
  abandoned(ids: readonly string[]): void;
}

/** The hand-off of the transactions on `databaseUrl`'s database. */
export function outboxCommitHandOff(databaseUrl: string): OutboxCommitHandOff {
  const key = outboxKey(databaseUrl);
  const local = () => relays.get(key) ?? new Set<LocalOutboxRelay>();
  return {
    beforeCommit(tx) {
      const ids = takeOutboxWrites(tx);
      if (ids.length) for (const relay of local()) relay.expect(ids);
      return ids;
    },
    afterCommit(ids) {
      if (ids.length) for (const relay of local()) relay.committed();
    },
    abandoned(ids) {
      if (ids.length) for (const relay of local()) relay.forget(ids);
    },
  };
}
