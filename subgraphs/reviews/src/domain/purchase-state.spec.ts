import { describe, expect, it } from 'vitest';
import { purchaseStateAfter, type PurchaseState } from './purchase-state';

describe('purchaseStateAfter', () => {
  it.each<[PurchaseState | null, string, PurchaseState]>([
    [null, 'PENDING', 'PENDING'],
    ['PENDING', 'CONFIRMED', 'VERIFIED'],
    ['PENDING', 'DELIVERED', 'VERIFIED'],
    [null, 'SHIPPED', 'VERIFIED'],
    ['VERIFIED', 'DELIVERED', 'VERIFIED'],
    ['VERIFIED', 'RETURNED', 'VERIFIED'],
    ['PENDING', 'CANCELLED', 'CANCELLED'],
    ['VERIFIED', 'CANCELLED', 'CANCELLED'],
    ['CANCELLED', 'CONFIRMED', 'CANCELLED'],
    ['VERIFIED', 'PENDING', 'VERIFIED'],
    ['PENDING', 'SOMETHING_NEW', 'PENDING'],
  ])('%s + %s → %s', (current, status, expected) => {
    expect(purchaseStateAfter(current, status)).toBe(expected);
  });
});
