import { describe, expect, it } from 'vitest';
import { availableOf, emptyStock, enteredLowStock, isInStock, isLowStock, revertDelta } from './stock-level';

const stock = (onHand: number, reserved: number, lowStockThreshold = 5) => ({
  onHand,
  reserved,
  lowStockThreshold,
});

describe('available stock', () => {
  it('is what is on hand minus what is reserved', () => {
    expect(availableOf(stock(10, 3))).toBe(7);
    expect(availableOf(stock(4, 4))).toBe(0);
  });

  it('is in stock only while something is available', () => {
    expect(isInStock(stock(1, 0))).toBe(true);
    expect(isInStock(stock(3, 3))).toBe(false);
    expect(isInStock(emptyStock('v1'))).toBe(false);
  });

  it('recovers the state before a change from the state after it', () => {
    expect(revertDelta(stock(7, 0), { onHand: -3, reserved: -3 })).toEqual(stock(10, 3));
    expect(revertDelta(stock(10, 5), { onHand: 0, reserved: 1 })).toEqual(stock(10, 4));
  });
});

describe('low stock', () => {
  it('counts a variant at or below its threshold as low', () => {
    expect(isLowStock(stock(10, 4, 5))).toBe(false);
    expect(isLowStock(stock(10, 5, 5))).toBe(true);
    expect(isLowStock(stock(0, 0, 0))).toBe(true);
  });

  it('fires when available crosses down to the threshold', () => {
    expect(enteredLowStock(stock(10, 4, 5), stock(10, 5, 5))).toBe(true);
    expect(enteredLowStock(stock(10, 0, 5), stock(10, 9, 5))).toBe(true);
  });

  it('does not fire again while the variant stays low', () => {
    expect(enteredLowStock(stock(10, 5, 5), stock(10, 6, 5))).toBe(false);
    expect(enteredLowStock(stock(0, 0, 5), stock(3, 0, 5))).toBe(false);
  });

  it('does not fire while above the threshold or when stock recovers', () => {
    expect(enteredLowStock(stock(20, 0, 5), stock(20, 10, 5))).toBe(false);
    expect(enteredLowStock(stock(5, 0, 5), stock(50, 0, 5))).toBe(false);
  });

  it('fires when a raised threshold reaches what is available', () => {
    expect(enteredLowStock(stock(8, 0, 5), stock(8, 0, 8))).toBe(true);
    expect(enteredLowStock(stock(8, 0, 5), stock(8, 0, 7))).toBe(false);
  });
});
