import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectData, graphqlRequest } from '@msa/testing';
import { reserveStock } from '../src/services/reserve-stock';
import { adjustStock } from '../src/services/adjust-stock';
import {
  createInventoryTestDb,
  seedStock,
  startInventoryApp,
  type InventoryTestApp,
  type InventoryTestDb,
  newVariantId as variant,
} from './support/inventory-harness';

const ENTITIES = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on ProductVariant { id inStock stock { onHand reserved available updatedAt } } }
}`;

interface EntitiesResult {
  _entities: {
    id: string;
    inStock: boolean;
    stock: { onHand: number; reserved: number; available: number; updatedAt: string | null } | null;
  }[];
}

describe('inventory reads: reports and the ProductVariant entity', () => {
  let testDb: InventoryTestDb;
  let running: InventoryTestApp;
  let admin: string;
  let staff: string;
  let customer: string;

  beforeAll(async () => {
    testDb = await createInventoryTestDb();
    running = await startInventoryApp(testDb);
    const { keys } = running;
    [admin, staff, customer] = await Promise.all([
      keys.tokenFor('ADMIN'),
      keys.tokenFor('STAFF'),
      keys.tokenFor('CUSTOMER'),
    ]);
  });

  afterAll(async () => {
    await running?.stop();
    await testDb?.close();
  });

  describe('reports', () => {
    const LOW_STOCK = `query($first: Int, $after: String) {
      lowStock(first: $first, after: $after) { totalCount nodes { variantId available } pageInfo { hasNextPage endCursor } }
    }`;
    const MOVEMENTS = `query($variantId: ID, $first: Int, $after: String) {
      stockMovements(variantId: $variantId, first: $first, after: $after) {
        totalCount edges { cursor node { reason onHandDelta reservedDelta reference } } pageInfo { hasNextPage endCursor }
      }
    }`;
    type LowStockPage = {
      lowStock: {
        totalCount: number;
        nodes: { variantId: string; available: number }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    type MovementPage = {
      stockMovements: {
        totalCount: number;
        edges: {
          cursor: string;
          node: { reason: string; onHandDelta: number; reservedDelta: number; reference: string | null };
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };

    it('lists low stock to staff, emptiest first, page by page', async () => {
      const [empty, one, atThreshold, healthy] = [variant(), variant(), variant(), variant()];
      await seedStock(testDb.db, empty, 0, 0);
      await seedStock(testDb.db, one, 1, 5);
      await seedStock(testDb.db, atThreshold, 3, 3);
      await seedStock(testDb.db, healthy, 50, 5);
      expect(errorCode(await graphqlRequest(running.app.url, LOW_STOCK, {}, { token: customer }))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(await graphqlRequest(running.app.url, LOW_STOCK, { first: 101 }, { token: staff })),
      ).toBe('BAD_USER_INPUT');

      const all: { variantId: string; available: number }[] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const page: LowStockPage = expectData(
          await graphqlRequest<LowStockPage>(
            running.app.url,
            LOW_STOCK,
            { first: 2, after },
            { token: staff },
          ),
        );
        expect(page.lowStock.nodes.length).toBeLessThanOrEqual(2);
        all.push(...page.lowStock.nodes);
        total = page.lowStock.totalCount;
        after = page.lowStock.pageInfo.hasNextPage ? page.lowStock.pageInfo.endCursor : null;
      } while (after);

      expect(all).toHaveLength(total);
      expect(new Set(all.map((n) => n.variantId)).size).toBe(total);
      const ranked = [...all].sort(
        (a, b) => a.available - b.available || (a.variantId < b.variantId ? -1 : 1),
      );
      expect(all).toEqual(ranked);
      expect(all).toEqual(
        expect.arrayContaining([
          { variantId: empty, available: 0 },
          { variantId: one, available: 1 },
          { variantId: atThreshold, available: 3 },
        ]),
      );
      expect(all.some((n) => n.variantId === healthy)).toBe(false);
    });

    it("pages through one variant's ledger newest first", async () => {
      const variantId = variant();
      await seedStock(testDb.db, variantId, 10);
      const orderId = randomUUID();
      await reserveStock(testDb.db, { orderId, lines: [{ variantId, quantity: 2 }], ttlSeconds: 600 });
      await adjustStock(testDb.db, { variantId, delta: 3, reason: 'found in the back', actorId: 'admin-1' });
      await adjustStock(testDb.db, { variantId, delta: -1, reason: 'damaged', actorId: 'admin-1' });

      expect(
        errorCode(await graphqlRequest(running.app.url, MOVEMENTS, { variantId }, { token: customer })),
      ).toBe('FORBIDDEN');
      const first = expectData(
        await graphqlRequest<MovementPage>(
          running.app.url,
          MOVEMENTS,
          { variantId, first: 2 },
          { token: staff },
        ),
      ).stockMovements;
      expect(first.totalCount).toBe(3);
      expect(first.edges.map((e) => [e.node.reason, e.node.onHandDelta])).toEqual([
        ['ADJUSTMENT', -1],
        ['ADJUSTMENT', 3],
      ]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = expectData(
        await graphqlRequest<MovementPage>(
          running.app.url,
          MOVEMENTS,
          { variantId, first: 2, after: first.pageInfo.endCursor },
          { token: staff },
        ),
      ).stockMovements;
      expect(second.edges.map((e) => e.node)).toEqual([
        { reason: 'RESERVATION', onHandDelta: 0, reservedDelta: 2, reference: orderId },
      ]);
      expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges[0]?.cursor });

      const other = variant();
      await adjustStock(testDb.db, {
        variantId: other,
        delta: 1,
        reason: 'first delivery',
        actorId: 'admin-1',
      });
      const everything = expectData(
        await graphqlRequest<MovementPage>(running.app.url, MOVEMENTS, { first: 1 }, { token: staff }),
      ).stockMovements;
      expect(everything.totalCount).toBe(await testDb.db.stockMovement.count());
      expect(everything.totalCount).toBeGreaterThanOrEqual(4);
      expect(everything.edges.map((e) => e.node.reason)).toEqual(['ADJUSTMENT']);
      expect(
        errorCode(
          await graphqlRequest(running.app.url, MOVEMENTS, { after: 'not-a-cursor' }, { token: staff }),
        ),
      ).toBe('BAD_USER_INPUT');
    });
  });

  describe('ProductVariant entity', () => {
    it('resolves stock for staff and inStock for everyone through _entities', async () => {
      const [stocked, soldOut] = [variant(), variant()];
      await seedStock(testDb.db, stocked, 5);
      await seedStock(testDb.db, soldOut, 2);
      await reserveStock(testDb.db, {
        orderId: randomUUID(),
        lines: [{ variantId: soldOut, quantity: 2 }],
        ttlSeconds: 600,
      });
      const representations = [stocked, soldOut, 'never-heard-of'].map((id) => ({
        __typename: 'ProductVariant',
        id,
      }));

      const asAdmin = expectData(
        await graphqlRequest<EntitiesResult>(
          running.app.url,
          ENTITIES,
          { r: representations },
          { token: admin },
        ),
      );
      expect(
        asAdmin._entities.map(({ id, inStock, stock }) => ({
          id,
          inStock,
          stock: stock && { ...stock, updatedAt: typeof stock.updatedAt },
        })),
      ).toEqual([
        { id: stocked, inStock: true, stock: { onHand: 5, reserved: 0, available: 5, updatedAt: 'string' } },
        { id: soldOut, inStock: false, stock: { onHand: 2, reserved: 2, available: 0, updatedAt: 'string' } },
        {
          id: 'never-heard-of',
          inStock: false,
          stock: { onHand: 0, reserved: 0, available: 0, updatedAt: 'object' },
        },
      ]);

      for (const token of [customer, undefined]) {
        const asShopper = expectData(
          await graphqlRequest<EntitiesResult>(running.app.url, ENTITIES, { r: representations }, { token }),
        );
        expect(asShopper._entities).toEqual([
          { id: stocked, inStock: true, stock: null },
          { id: soldOut, inStock: false, stock: null },
          { id: 'never-heard-of', inStock: false, stock: null },
        ]);
      }
    });

    it('publishes its federation SDL with the ProductVariant key', async () => {
      const sdl = expectData(
        await graphqlRequest<{ _service: { sdl: string } }>(running.app.url, '{ _service { sdl } }'),
      )._service.sdl;
      expect(sdl).toMatch(/type ProductVariant\s+@key\(fields: "id"\)/);
      expect(sdl).toMatch(/type User\s+@key\(fields: "id", resolvable: false\)/);
    });
  });
});
