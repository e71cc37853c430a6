import { describe, expect, it } from 'vitest';
import { testDatabaseForFile } from '@msa/testing';
import { seed } from '../prisma/seed';
import { database as promotionsDatabase } from '../src/data/database';
import { toPromotionRecord } from '../src/data/promotion.repo';

const MIGRATIONS = new URL('../prisma/migrations', import.meta.url);

describe('promotions seed', () => {
  const database = testDatabaseForFile('promotions', MIGRATIONS, (url) =>
    promotionsDatabase.connect(url, { poolSize: 2 }),
  );

  it('adds WELCOME10 (10 % off the order, once per customer) and changes nothing when run again', async () => {
    const lines: string[] = [];
    await seed({ databaseUrl: database.url, log: (line) => lines.push(line) });
    await seed({ databaseUrl: database.url, log: (line) => lines.push(line) });
    const rows = await database.client.promotion.findMany();
    expect(rows).toHaveLength(1);
    expect(toPromotionRecord(rows[0]!)).toMatchObject({
      code: 'WELCOME10',
      active: true,
      perCustomerLimit: 1,
      usageLimit: null,
      conditions: [],
      actions: [{ kind: 'ORDER_PERCENT_OFF', basisPoints: 1000, maxAmount: null }],
    });
    expect(lines).toEqual([
      'promotions: WELCOME10 created (10% off, once per customer)',
      'promotions: WELCOME10 already exists',
    ]);
  });
});
