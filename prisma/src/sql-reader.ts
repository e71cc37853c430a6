import pg from 'pg';

/**
 * Hand-written reads for the hottest queries, sent straight to the pool the PrismaClient uses: a Prisma call
 * compiles its query in WebAssembly and maps every row on each call, several times the CPU of the query itself.
 * Rows come back as pg parses them, except Prisma's DateTime columns (timestamp without time zone, written in
 * UTC), which are read as UTC like Prisma reads them rather than in the process's time zone.
 */
export interface SqlReader {
  rows<Row>(sql: string, params: readonly unknown[]): Promise<Row[]>;
}

const TIMESTAMP_OID = 1114;

function utcTimestamp(value: string): Date {
  return new Date(`${value.replace(' ', 'T')}Z`);
}

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMP_OID) return utcTimestamp;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** `onQuery` sees each statement's SQL, as it sees Prisma's (tests count queries with it). */
export function createSqlReader(pool: pg.Pool, onQuery?: (sql: string) => void): SqlReader {
  return {
    async rows<Row>(sql: string, params: readonly unknown[]): Promise<Row[]> {
      onQuery?.(sql);
      const result = await pool.query({ text: sql, values: [...params], types });
      return result.rows as Row[];
    },
  };
}
