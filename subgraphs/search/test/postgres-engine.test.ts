import { openTestDatabase, testDatabaseForFile } from '@msa/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database as searchDatabase } from '../src/data/database';
import { createPostgresSearchEngine } from '../src/engine/postgres-search-engine';
import type { SearchEngine } from '../src/engine/search-engine';
import { contractDocument } from './support/contract-catalog';
import { describeSearchEngineContract } from './support/search-engine-contract';
import { MIGRATIONS_DIR } from './support/paths';

describeSearchEngineContract('Postgres full-text + trigram engine', async () => {
  const { client: db, close } = await openTestDatabase('search', MIGRATIONS_DIR, (url) =>
    searchDatabase.connect(url, { poolSize: 4 }),
  );
  return { engine: createPostgresSearchEngine(db), cleanup: close };
});

describe('Postgres engine vocabulary', () => {
  const database = testDatabaseForFile('search', MIGRATIONS_DIR, (url) =>
    searchDatabase.connect(url, { poolSize: 4 }),
  );
  let sql: pg.Pool;
  let engine: SearchEngine;
  const terms = async () =>
    Object.fromEntries(
      (
        await sql.query<{ term: string; documents: number }>('SELECT term, documents FROM search_terms')
      ).rows.map((row) => [row.term, row.documents]),
    );
  const doc = (id: string, name: string, version: number) =>
    contractDocument(
      { id, name, category: 'decor', description: '', price: [100, 100], inStock: true, rating: null },
      0,
      version,
    );

  beforeAll(async () => {
    sql = new pg.Pool({ connectionString: database.url, max: 2 });
    engine = createPostgresSearchEngine(database.client);
  });
  afterAll(() => sql?.end());

  it('counts each word and category once per searchable document and forgets those no document uses', async () => {
    await engine.upsertProducts([doc('a', 'Brass Lamp', 1), doc('b', 'Brass Candle', 1)]);
    expect(await terms()).toMatchObject({ brass: 2, lamp: 1, candle: 1, home: 2, decor: 2 });
    await engine.upsertProducts([doc('a', 'Copper Lamp', 2)]);
    expect(await terms()).toMatchObject({ brass: 1, copper: 1, lamp: 1 });
    await engine.removeProducts([{ productId: 'b', version: 2 }]);
    const after = await terms();
    expect(after).not.toHaveProperty('brass');
    expect(after).not.toHaveProperty('candle');
    const categories = await sql.query<{ label: string; documents: number }>(
      'SELECT label, documents FROM search_categories ORDER BY label',
    );
    expect(categories.rows).toEqual([
      { label: 'Decor', documents: 1 },
      { label: 'Home', documents: 1 },
    ]);
    expect(
      (await engine.search({ text: 'candel', filter: {}, sort: 'RELEVANCE', offset: 0, limit: 5 }))
        .correctedQuery,
    ).toBeNull();
    expect(
      (await engine.search({ text: 'coper', filter: {}, sort: 'RELEVANCE', offset: 0, limit: 5 }))
        .correctedQuery,
    ).toBe('copper');
  });

  it('keeps counts exact when the same products are written concurrently', async () => {
    const writes = Array.from({ length: 8 }, (_, i) =>
      engine.upsertProducts([
        doc('c', i % 2 ? 'Oak Shelf' : 'Pine Shelf', 10 + i),
        doc('d', 'Oak Stool', 10 + i),
      ]),
    );
    await Promise.all(writes);
    const counts = await terms();
    // Version 17 (odd: "Oak Shelf") wins for c; d is "Oak Stool".
    expect(counts).toMatchObject({ oak: 2, shelf: 1, stool: 1 });
    expect(counts).not.toHaveProperty('pine');
  });
});
