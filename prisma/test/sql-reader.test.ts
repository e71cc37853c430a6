import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqlReader, DEFAULT_POSTGRES_URL } from '../src';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL || DEFAULT_POSTGRES_URL, max: 1 });
const processTimeZone = process.env.TZ;

afterAll(() => pool.end());

describe('createSqlReader', () => {
  // Prisma writes DateTime columns (timestamp without time zone) in UTC; a process in another zone must not shift them.
  beforeEach(() => {
    process.env.TZ = 'America/New_York';
  });
  afterEach(() => {
    if (processTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = processTimeZone;
  });

  it('reads timestamps without time zone as UTC, whatever the process time zone', async () => {
    const reader = createSqlReader(pool);
    const [row] = await reader.rows<{ at: Date; at_zoned: Date }>(
      `SELECT '2026-03-08 06:30:00.125'::timestamp(3) AS "at", '2026-03-08 06:30:00.125+00'::timestamptz AS "at_zoned"`,
      [],
    );
    expect(row!.at.toISOString()).toBe('2026-03-08T06:30:00.125Z');
    expect(row!.at_zoned.toISOString()).toBe('2026-03-08T06:30:00.125Z');
  });

  it('passes parameters, parses other types as pg does and shows each statement to onQuery', async () => {
    const seen: string[] = [];
    const reader = createSqlReader(pool, (sql) => seen.push(sql));
    const sql = `SELECT $1::int + 1 AS "next", $2::jsonb AS "options", ARRAY['a','b'] AS "letters"`;
    const rows = await reader.rows(sql, [41, JSON.stringify([{ name: 'Size', value: 'M' }])]);
    expect(rows).toEqual([{ next: 42, options: [{ name: 'Size', value: 'M' }], letters: ['a', 'b'] }]);
    expect(seen).toEqual([sql]);
  });
});
