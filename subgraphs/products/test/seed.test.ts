import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseForFile } from '@msa/testing';
import { seed } from '../prisma/seed';
import { PNG_SIGNATURE } from '../src/domain/png-encoder';
import { sniffImageType } from '../src/domain/image-type';
import { FIXTURE_CATEGORIES, FIXTURE_PRODUCTS } from '../src/seed/catalog-fixture';
import { MIGRATIONS_DIR } from './support/products-harness';

const database = testDatabaseForFile(
  'products',
  MIGRATIONS_DIR,
  (url) => new pg.Pool({ connectionString: url, max: 2 }),
);
let mediaDir: string;

async function count(query: string): Promise<number> {
  return Number((await database.client.query<{ count: string }>(query)).rows[0]!.count);
}

beforeAll(async () => {
  mediaDir = await mkdtemp(join(tmpdir(), 'products-seed-'));
});
afterAll(async () => {
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
});

describe('seed', () => {
  it('creates the category tree, active products with variants, cover images and outbox events', async () => {
    const lines: string[] = [];
    await seed({ databaseUrl: database.url, mediaDir, log: (line) => lines.push(line) });
    expect(lines).toContain(`products: ${FIXTURE_PRODUCTS.length}/${FIXTURE_PRODUCTS.length}`);

    expect(await count('SELECT count(*) FROM categories')).toBe(FIXTURE_CATEGORIES.length);
    expect(await count('SELECT count(*) FROM categories WHERE parent_id IS NOT NULL')).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*) FROM products WHERE status = 'ACTIVE' AND min_price IS NOT NULL`),
    ).toBe(FIXTURE_PRODUCTS.length);
    expect(
      await count(`SELECT count(*) FROM products WHERE name ILIKE '%headphones%'`),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await count('SELECT count(*) FROM product_variants WHERE compare_at_price IS NOT NULL'),
    ).toBeGreaterThan(0);
    const variants = await count('SELECT count(*) FROM product_variants');
    expect(variants).toBeGreaterThan(FIXTURE_PRODUCTS.length);

    // One product.changed for the creation, one for attaching the cover image.
    expect(
      await count(`SELECT count(DISTINCT payload->>'productId') FROM outbox WHERE name = 'product.changed'`),
    ).toBe(FIXTURE_PRODUCTS.length);
    expect(await count(`SELECT count(*) FROM outbox WHERE name = 'product.changed'`)).toBe(
      2 * FIXTURE_PRODUCTS.length,
    );
    expect(
      await count(
        `SELECT count(*) FROM outbox WHERE name = 'product.variant.changed' AND (payload->>'purchasable')::boolean`,
      ),
    ).toBe(variants);

    const { rows } = await database.client.query<{ storage_key: string; byte_size: number }>(
      'SELECT storage_key, byte_size FROM product_images',
    );
    expect(rows).toHaveLength(FIXTURE_PRODUCTS.length);
    const file = await readFile(join(mediaDir, ...rows[0]!.storage_key.split('/')));
    expect(file.length).toBe(rows[0]!.byte_size);
    expect(file.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(sniffImageType(file)?.mimeType).toBe('image/png');
    expect(file.readUInt32BE(16)).toBe(256);
  });

  it('changes nothing when run again, and restores missing image files', async () => {
    const before = await database.client.query(
      'SELECT (SELECT count(*) FROM products) p, (SELECT count(*) FROM product_variants) v, (SELECT count(*) FROM product_images) i, (SELECT count(*) FROM outbox) o, (SELECT count(*) FROM categories) c',
    );
    const { rows } = await database.client.query<{ storage_key: string }>(
      'SELECT storage_key FROM product_images LIMIT 1',
    );
    await rm(join(mediaDir, ...rows[0]!.storage_key.split('/')));

    const lines: string[] = [];
    await seed({ databaseUrl: database.url, mediaDir, log: (line) => lines.push(line) });
    const after = await database.client.query(
      'SELECT (SELECT count(*) FROM products) p, (SELECT count(*) FROM product_variants) v, (SELECT count(*) FROM product_images) i, (SELECT count(*) FROM outbox) o, (SELECT count(*) FROM categories) c',
    );
    expect(after.rows).toEqual(before.rows);
    expect(lines.at(-1)).toContain('0 created');
    expect(lines.at(-1)).toContain('cover images written: 1');
    const files = (await readdir(mediaDir, { recursive: true, withFileTypes: true })).filter((entry) =>
      entry.isFile(),
    );
    expect(files).toHaveLength(FIXTURE_PRODUCTS.length);
  });

  it('adds generated ACTIVE products with their events in batches, once', async () => {
    const before = await count('SELECT count(*) FROM products');
    const extra = 1250;
    const lines: string[] = [];
    await seed({
      databaseUrl: database.url,
      mediaDir,
      extraProducts: extra,
      log: (line) => lines.push(line),
    });
    expect(lines).toContain(`extra products: ${extra} created, 0 already present`);
    expect(await count('SELECT count(*) FROM products')).toBe(before + extra);
    expect(
      await count(
        `SELECT count(*) FROM products WHERE slug LIKE '%-x0%' AND status = 'ACTIVE' AND min_price IS NOT NULL`,
      ),
    ).toBe(extra);
    const variants = await count(`SELECT count(*) FROM product_variants WHERE sku LIKE 'X0%'`);
    expect(variants).toBeGreaterThan(extra);
    expect(
      await count(
        `SELECT count(*) FROM outbox WHERE name = 'product.changed' AND payload->>'slug' LIKE '%-x0%' AND payload->'categoryPath' @> '["Electronics"]'`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*) FROM outbox WHERE name = 'product.changed' AND payload->>'slug' LIKE '%-x0%'`,
      ),
    ).toBe(extra);
    expect(
      await count(
        `SELECT count(*) FROM outbox o JOIN product_variants v ON v.id = o.payload->>'variantId' WHERE o.name = 'product.variant.changed' AND v.sku LIKE 'X0%'`,
      ),
    ).toBe(variants);

    const outboxBefore = await count('SELECT count(*) FROM outbox');
    const again: string[] = [];
    await seed({
      databaseUrl: database.url,
      mediaDir,
      extraProducts: extra + 10,
      log: (line) => again.push(line),
    });
    expect(again).toContain(`extra products: 10 created, ${extra} already present`);
    expect(await count('SELECT count(*) FROM products')).toBe(before + extra + 10);
    expect(await count('SELECT count(*) FROM outbox')).toBeGreaterThan(outboxBefore);
  });
});
