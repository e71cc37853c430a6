import { describe, expect, it } from 'vitest';
import {
  customerAfterClaim,
  orderClaimHandler,
  type ClaimedOrderStore,
  type OrderClaim,
} from './guest-customer';

/** A store in memory that records the order of lock, save and reassign calls. */
function memoryStore() {
  const claims = new Map<string, OrderClaim>();
  const calls: string[] = [];
  const store: ClaimedOrderStore<null> = {
    lock: async (_tx, orderId) => {
      calls.push(`lock ${orderId}`);
    },
    save: async (_tx, { orderId, customerId, previousCustomerId }) => {
      calls.push(`save ${orderId}`);
      claims.set(orderId, { customerId, previousCustomerId });
    },
    find: async (_tx, orderId) => claims.get(orderId) ?? null,
  };
  return { store, calls };
}

describe('claimed guest orders', () => {
  it('keeps the claim under the order lock before moving rows, once per message', async () => {
    const { store, calls } = memoryStore();
    const seen = new Set<string>();
    const handlers = orderClaimHandler<null>({
      once: async (messageId, work) => {
        if (seen.has(messageId)) return;
        seen.add(messageId);
        await work(null);
      },
      claims: store,
      reassign: async (_tx, claim) => {
        calls.push(`reassign ${claim.orderId}`);
      },
    });
    const event = {
      id: 'm-1',
      name: 'order.claimed' as const,
      payload: { orderId: 'o-1', customerId: 'u-1', previousCustomerId: 'guest:g' },
      occurredAt: new Date().toISOString(),
    };
    await handlers['order.claimed']!(event);
    await handlers['order.claimed']!(event);
    expect(calls).toEqual(['lock o-1', 'save o-1', 'reassign o-1']);
  });

  it('gives a row created after the claim to the claimant, and only for that guest and order', async () => {
    const { store } = memoryStore();
    await store.save(null, { orderId: 'o-1', customerId: 'u-1', previousCustomerId: 'guest:g' });
    expect(await customerAfterClaim(store, null, 'o-1', 'guest:g')).toBe('u-1');
    expect(await customerAfterClaim(store, null, 'o-2', 'guest:g')).toBe('guest:g');
    expect(await customerAfterClaim(store, null, 'o-1', 'guest:other')).toBe('guest:other');
    expect(await customerAfterClaim(store, null, 'o-1', 'u-2')).toBe('u-2');
  });
});
