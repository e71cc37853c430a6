import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectData, graphqlRequest } from '@msa/testing';
import { reserveStock } from '../src/services/reserve-stock';
import {
  createInventoryTestDb,
  outboxEvents,
  seedStock,
  startInventoryApp,
  type InventoryTestApp,
  type InventoryTestDb,
  newVariantId as variant,
} from './support/inventory-harness';

const ADJUST = `mutation($variantId: ID!, $delta: Int!, $reason: String!) {
  adjustStock(variantId: $variantId, delta: $delta, reason: $reason) {
    stock { variantId onHand reserved available lowStock }
    movement { reason onHandDelta onHandAfter note actor { id } variant { id } }
    userErrors { code field message }
  }
}`;
const THRESHOLD = `mutation($variantId: ID!, $threshold: Int!) {
  setLowStockThreshold(variantId: $variantId, threshold: $threshold) {
    stock { available lowStockThreshold lowStock }
    userErrors { code }
  }
}`;

interface AdjustResult {
  adjustStock: {
    stock: {
      variantId: string;
      onHand: number;
      reserved: number;
      available: number;
      lowStock: boolean;
    } | null;
    movement: {
      reason: string;
      onHandDelta: number;
      onHandAfter: number;
      note: string;
      actor: { id: string };
      variant: { id: string };
    } | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
}

describe('inventory admin mutations', () => {
  let testDb: InventoryTestDb;
  let running: InventoryTestApp;
  let admin: string;
  let staff: string;
  let customer: string;
  const adminId = randomUUID();

  beforeAll(async () => {
    testDb = await createInventoryTestDb();
    running = await startInventoryApp(testDb);
    const { keys } = running;
    [admin, staff, customer] = await Promise.all([
      keys.tokenFor('ADMIN', adminId),
      keys.tokenFor('STAFF'),
      keys.tokenFor('CUSTOMER'),
    ]);
  });

  afterAll(async () => {
    await running?.stop();
    await testDb?.close();
  });

  const adjust = (
    token: string | undefined,
    variables: { variantId: string; delta: number; reason: string },
  ) => graphqlRequest<AdjustResult>(running.app.url, ADJUST, variables, { token });

  describe('adjustStock', () => {
    it('is for administrators only', async () => {
      const variables = { variantId: variant(), delta: 5, reason: 'delivery' };
      expect(errorCode(await adjust(undefined, variables))).toBe('UNAUTHENTICATED');
      expect(errorCode(await adjust(customer, variables))).toBe('FORBIDDEN');
      expect(errorCode(await adjust(staff, variables))).toBe('FORBIDDEN');
      expect(await testDb.db.stockLevel.count({ where: { variantId: variables.variantId } })).toBe(0);
    });

    it('creates the stock of a new variant and records who changed it and why', async () => {
      const variantId = variant();
      const result = expectData(
        await adjust(admin, { variantId, delta: 20, reason: ' delivery from supplier ' }),
      ).adjustStock;
      expect(result.userErrors).toEqual([]);
      expect(result.stock).toEqual({ variantId, onHand: 20, reserved: 0, available: 20, lowStock: false });
      expect(result.movement).toEqual({
        reason: 'ADJUSTMENT',
        onHandDelta: 20,
        onHandAfter: 20,
        note: 'delivery from supplier',
        actor: { id: adminId },
        variant: { id: variantId },
      });
      const changed = (await outboxEvents(testDb.db, 'inventory.stock_changed')).filter(
        (e) => e.variantId === variantId,
      );
      expect(changed).toEqual([{ variantId, onHand: 20, reserved: 0, available: 20 }]);
    });

    it('refuses to take the shelf below what is reserved', async () => {
      const variantId = variant();
      await seedStock(testDb.db, variantId, 10);
      await reserveStock(testDb.db, {
        orderId: randomUUID(),
        lines: [{ variantId, quantity: 6 }],
        ttlSeconds: 600,
      });

      const refused = expectData(
        await adjust(admin, { variantId, delta: -5, reason: 'count correction' }),
      ).adjustStock;
      expect(refused.userErrors).toEqual([
        {
          code: 'INSUFFICIENT_STOCK',
          field: ['delta'],
          message: expect.stringContaining('6 of them reserved'),
        },
      ]);
      expect(refused.movement).toBeNull();
      expect(refused.stock).toMatchObject({ onHand: 10, reserved: 6 });

      const allowed = expectData(
        await adjust(admin, { variantId, delta: -4, reason: 'count correction' }),
      ).adjustStock;
      expect(allowed.stock).toMatchObject({ onHand: 6, reserved: 6, available: 0, lowStock: true });

      const unknown = expectData(
        await adjust(admin, { variantId: variant(), delta: -1, reason: 'damaged' }),
      ).adjustStock;
      expect(unknown.userErrors[0]?.code).toBe('INSUFFICIENT_STOCK');
      expect(unknown.stock).toBeNull();
    });

    it('validates its input with clear messages', async () => {
      const zero = await adjust(admin, { variantId: variant(), delta: 0, reason: 'nothing' });
      expect(errorCode(zero)).toBe('BAD_USER_INPUT');
      expect(zero.errors?.[0]?.message).toMatch(/delta must be a non-zero integer/);
      const noReason = await adjust(admin, { variantId: variant(), delta: 1, reason: '   ' });
      expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
      expect(noReason.errors?.[0]?.extensions?.field).toEqual(['reason']);
      expect(errorCode(await adjust(admin, { variantId: ' ', delta: 1, reason: 'x' }))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('setLowStockThreshold', () => {
    it('sets the threshold and emits low stock when it now covers what is available', async () => {
      const variantId = variant();
      await seedStock(testDb.db, variantId, 8, 2);
      expect(
        errorCode(
          await graphqlRequest(running.app.url, THRESHOLD, { variantId, threshold: 9 }, { token: staff }),
        ),
      ).toBe('FORBIDDEN');
      const negative = await graphqlRequest(
        running.app.url,
        THRESHOLD,
        { variantId, threshold: -1 },
        { token: admin },
      );
      expect(errorCode(negative)).toBe('BAD_USER_INPUT');

      const result = expectData(
        await graphqlRequest<{
          setLowStockThreshold: {
            stock: { available: number; lowStockThreshold: number; lowStock: boolean };
          };
        }>(running.app.url, THRESHOLD, { variantId, threshold: 9 }, { token: admin }),
      );
      expect(result.setLowStockThreshold.stock).toEqual({
        available: 8,
        lowStockThreshold: 9,
        lowStock: true,
      });
      await graphqlRequest(running.app.url, THRESHOLD, { variantId, threshold: 10 }, { token: admin });
      const alerts = (await outboxEvents(testDb.db, 'inventory.low_stock')).filter(
        (e) => e.variantId === variantId,
      );
      expect(alerts).toEqual([{ variantId, available: 8, threshold: 9 }]);
    });
  });
});
