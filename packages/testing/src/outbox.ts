/** A pg Pool or Client. */
export interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** A Prisma client of any subgraph. */
export interface PrismaQueryable {
  $queryRawUnsafe(query: string, ...values: unknown[]): PromiseLike<unknown>;
}

export interface OutboxFilter {
  kind?: 'event' | 'command';
  name?: string;
  /** Only messages whose payload names this order. */
  orderId?: string;
}

export interface OutboxMessageView<P = Record<string, unknown>> {
  kind: string;
  name: string;
  payload: P;
}

/** The messages a subgraph wrote to its outbox table, oldest first. */
export async function readOutbox<P = Record<string, unknown>>(
  db: PgQueryable | PrismaQueryable,
  filter: OutboxFilter = {},
): Promise<OutboxMessageView<P>[]> {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const where = (condition: string, value: unknown) => {
    values.push(value);
    conditions.push(condition.replace('?', `$${values.length}`));
  };
  if (filter.kind) where('kind = ?', filter.kind);
  if (filter.name) where('name = ?', filter.name);
  if (filter.orderId) where(`payload->>'orderId' = ?`, filter.orderId);
  const sql = `SELECT kind, name, payload FROM outbox${
    conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''
  } ORDER BY created_at`;
  const rows =
    '$queryRawUnsafe' in db ? await db.$queryRawUnsafe(sql, ...values) : (await db.query(sql, values)).rows;
  return rows as OutboxMessageView<P>[];
}

/** Payloads of the outbox messages that match, oldest first. */
export async function outboxPayloads<P = Record<string, unknown>>(
  db: PgQueryable | PrismaQueryable,
  filter: OutboxFilter = {},
): Promise<P[]> {
  return (await readOutbox<P>(db, filter)).map((message) => message.payload);
}
