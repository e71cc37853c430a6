import type { SearchDb, SearchTx } from './database';

export interface QueuedProduct {
  productId: string;
  seq: bigint;
}

/**
 * Products whose document must be rebuilt. Event handlers add to it in their own transaction, so a change
 * is never committed without its reindexing being owed; the flusher takes entries out only after the
 * engine accepted them, and only if nobody queued the product again meanwhile (its `seq` moved on).
 */
export class IndexQueueRepo {
  constructor(private readonly db: SearchDb) {}

  async enqueue(tx: SearchTx, productIds: readonly string[]): Promise<void> {
    if (!productIds.length) return;
    const ids = [...new Set(productIds)].sort();
    await tx.$executeRaw`
      INSERT INTO "index_queue" ("product_id")
      SELECT unnest(${ids}::text[])
      ON CONFLICT ("product_id") DO UPDATE SET "seq" = nextval(pg_get_serial_sequence('index_queue', 'seq'))`;
  }

  /** Queues every product search has facts for: after the engine's index was created empty. */
  async enqueueAll(): Promise<number> {
    return this.db.$executeRaw`
      INSERT INTO "index_queue" ("product_id")
      SELECT "product_id" FROM "product_facts" ORDER BY "product_id"
      ON CONFLICT ("product_id") DO UPDATE SET "seq" = nextval(pg_get_serial_sequence('index_queue', 'seq'))`;
  }

  /** The oldest entries first; `reader` reads inside the caller's transaction. */
  async next(limit: number, reader: SearchDb | SearchTx = this.db): Promise<QueuedProduct[]> {
    const rows = await reader.$queryRaw<{ product_id: string; seq: bigint }[]>`
      SELECT "product_id", "seq" FROM "index_queue" ORDER BY "seq" LIMIT ${limit}`;
    return rows.map((row) => ({ productId: row.product_id, seq: row.seq }));
  }

  async complete(entries: readonly QueuedProduct[]): Promise<void> {
    if (!entries.length) return;
    await this.db.$executeRaw`
      DELETE FROM "index_queue" q
       USING unnest(${entries.map((entry) => entry.productId)}::text[], ${entries.map((entry) => entry.seq.toString())}::bigint[]) AS done("product_id", "seq")
       WHERE q."product_id" = done."product_id" AND q."seq" = done."seq"`;
  }

  async size(): Promise<number> {
    const [row] = await this.db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS "count" FROM "index_queue"`;
    return Number(row?.count ?? 0);
  }
}
