import { outboxCommitHandOff, processOnce, type OutboxCommitHandOff, type RawSqlExecutor } from '@msa/events';
import {
  createRuntimeAdapter,
  createRuntimePool,
  createSqlReader,
  type SqlReader,
} from '@msa/prisma-toolkit';

/** The pg driver adapter a client runs on. */
export type RuntimeAdapter = ReturnType<typeof createRuntimeAdapter>;

/** Prisma's interactive-transaction limits: how long to wait for a connection, and to finish. */
export interface TransactionOptions {
  maxWait?: number;
  timeout?: number;
}

/**
 * The limits every subgraph's transactions run with unless its binding says otherwise. Hot rows (a popular
 * variant's stock, an order, a coupon) queue many short transactions behind each other at checkout time, and a
 * starved machine stretches every transaction (the demo seed's product writes outlasted 5 s at a load average
 * of 10 on two cores); Prisma's defaults (2 s to get a connection, 5 s to finish) would fail them although each
 * holds its locks only for milliseconds.
 */
export const BURST_TRANSACTION_OPTIONS: TransactionOptions = { maxWait: 30_000, timeout: 30_000 };

/** What the module needs of a subgraph's generated PrismaClient. */
export interface PrismaClientLike<Tx> {
  $transaction<R>(work: (tx: Tx) => Promise<R>, options?: TransactionOptions): Promise<R>;
  $queryRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<unknown>;
  $disconnect(): Promise<void>;
}

/** The options a generated PrismaClient is built with. */
export interface PrismaClientArgs {
  adapter: RuntimeAdapter;
  log?: { emit: 'event'; level: 'query' }[];
}

interface QueryEvents {
  $on(event: 'query', listener: (event: { query: string }) => void): void;
}

export interface ConnectOptions {
  /** Pool size per process; default 10. */
  poolSize?: number;
  /** Called with the SQL of every statement sent; lets tests prove what a call costs in queries. */
  onQuery?: (sql: string) => void;
}

export interface PrismaDatabaseBinding<Db> {
  /** Builds the subgraph's own generated client, e.g. `(args) => new PrismaClient(args)`. */
  client: (args: PrismaClientArgs) => Db;
  /** The name this service records processed message ids under in its inbox (usually the subgraph's name). */
  inboxConsumer: string;
  /** Defaults to BURST_TRANSACTION_OPTIONS. */
  transactionOptions?: TransactionOptions;
}

/** Returned by inTransactionOnce for a message whose effects were already committed. */
export const DUPLICATE_MESSAGE = Symbol('duplicate message');

export interface PrismaDatabase<Db, Tx> {
  readonly inboxConsumer: string;
  /** A client on the pg driver adapter, connecting lazily to `databaseUrl`. */
  connect(databaseUrl: string, options?: ConnectOptions): Db;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws. The outbox rows it
   * wrote are handed to the relay of this process as soon as it commits (see @msa/events outbox-handoff.ts).
   */
  inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs a message's effects in one transaction with its inbox record, so a redelivered message changes
   * nothing and gets DUPLICATE_MESSAGE. Without a message id (a direct call, e.g. from GraphQL) the work simply
   * runs. Nothing is retried here: a failure rolls back the inbox record too, so the queue's retry runs it anew.
   */
  inTransactionOnce<T>(
    db: Db,
    messageId: string | undefined,
    work: (tx: Tx) => Promise<T>,
  ): Promise<T | typeof DUPLICATE_MESSAGE>;
  /** The health check: resolves when the database answers a query. */
  ping(db: Db): Promise<void>;
  /** Hand-written reads on the pool of a client `connect` built (see SqlReader). */
  sqlReader(db: Db): SqlReader;
}

/** The data-access wiring of one subgraph, bound to its generated PrismaClient. */
export function prismaDatabase<Db extends PrismaClientLike<Tx>, Tx extends RawSqlExecutor>(
  binding: PrismaDatabaseBinding<Db>,
): PrismaDatabase<Db, Tx> {
  const { inboxConsumer, transactionOptions = BURST_TRANSACTION_OPTIONS } = binding;
  const handOffs = new WeakMap<Db, OutboxCommitHandOff>();
  const inTransaction = async <T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> => {
    const handOff = handOffs.get(db);
    if (!handOff) return db.$transaction(work, transactionOptions);
    let written: string[] = [];
    try {
      const result = await db.$transaction(async (tx) => {
        const value = await work(tx);
        written = handOff.beforeCommit(tx);
        return value;
      }, transactionOptions);
      handOff.afterCommit(written);
      return result;
    } catch (error) {
      handOff.abandoned(written);
      throw error;
    }
  };
  const readers = new WeakMap<Db, SqlReader>();
  return {
    inboxConsumer,
    connect(databaseUrl, options = {}) {
      const pool = createRuntimePool(databaseUrl, { max: options.poolSize ?? 10 });
      const adapter = createRuntimeAdapter(pool);
      const { onQuery } = options;
      const db = onQuery
        ? binding.client({ adapter, log: [{ emit: 'event', level: 'query' }] })
        : binding.client({ adapter });
      if (onQuery) (db as unknown as QueryEvents).$on('query', (event) => onQuery(event.query));
      readers.set(db, createSqlReader(pool, onQuery));
      handOffs.set(db, outboxCommitHandOff(databaseUrl));
      return db;
    },
    inTransaction,
    inTransactionOnce(db, messageId, work) {
      return inTransaction(db, async (tx) => {
        if (messageId !== undefined && !(await processOnce(tx, inboxConsumer, messageId)))
          return DUPLICATE_MESSAGE;
        return work(tx);
      });
    },
    async ping(db) {
      await db.$queryRaw`SELECT 1`;
    },
    sqlReader(db) {
      const reader = readers.get(db);
      if (!reader) throw new Error('sqlReader needs a client built by connect');
      return reader;
    },
  };
}
