import { describe, expect, it } from 'vitest';
import { DEFAULT_CART_LIMITS } from './cart';
import { addLine, clearLines, removeLine, setLineQuantity, type EditResult } from './cart-editing';
import { NOW, cart, line, variant, variantMap } from '../../test/support/cart-domain-fixtures';

const limits = DEFAULT_CART_LIMITS;
const add = (variantId: string, quantity: number) => ({
  variantId,
  quantity,
  newLineId: 'new-line',
  now: NOW,
});

function codeOf(result: EditResult): string | null {
  return result.ok ? null : result.violation.code;
}

function edited(result: EditResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.violation.code}`);
  return result.cart;
}

describe('addLine', () => {
  it('adds a new line with the current price remembered as the price at add time', () => {
    const result = edited(addLine(cart(), add('v1', 2), variantMap(variant('v1', { price: 1299 })), limits));
    expect(result.lines).toEqual([
      {
        id: 'new-line',
        variantId: 'v1',
        quantity: 2,
        addedUnitPrice: 1299,
        addedCurrency: 'USD',
        addedAt: NOW.toISOString(),
      },
    ]);
    expect(result.updatedAt).toBe(NOW.toISOString());
  });

  it('raises the quantity of an existing line instead of adding a second one, keeping its original price', () => {
    const before = cart([line('l1', 'v1', 3, 900)]);
    const result = edited(addLine(before, add('v1', 2), variantMap(variant('v1', { price: 1000 })), limits));
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatchObject({ id: 'l1', quantity: 5, addedUnitPrice: 900 });
    expect(before.lines[0]!.quantity).toBe(3);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects quantity %s', (quantity) => {
    expect(codeOf(addLine(cart(), add('v1', quantity), variantMap(variant('v1')), limits))).toBe(
      'INVALID_QUANTITY',
    );
  });

  it('rejects unknown variants and variants known only from a stock event', () => {
    expect(codeOf(addLine(cart(), add('nope', 1), variantMap(), limits))).toBe('VARIANT_NOT_FOUND');
    const stockOnly = variant('v1', { price: null, currency: null, available: 5 });
    expect(codeOf(addLine(cart(), add('v1', 1), variantMap(stockOnly), limits))).toBe('VARIANT_NOT_FOUND');
  });

  it('rejects variants that are not purchasable', () => {
    expect(
      codeOf(addLine(cart(), add('v1', 1), variantMap(variant('v1', { purchasable: false })), limits)),
    ).toBe('VARIANT_NOT_AVAILABLE');
  });

  it('enforces the per-line maximum on the resulting quantity', () => {
    expect(codeOf(addLine(cart(), add('v1', 21), variantMap(variant('v1')), limits))).toBe('QUANTITY_LIMIT');
    expect(codeOf(addLine(cart(), add('v1', 20), variantMap(variant('v1')), limits))).toBeNull();
    const result = addLine(cart([line('l1', 'v1', 15)]), add('v1', 6), variantMap(variant('v1')), limits);
    expect(codeOf(result)).toBe('QUANTITY_LIMIT');
    expect(!result.ok && result.violation.message).toContain('already holds 15');
  });

  it('enforces known stock and says how many are left', () => {
    const result = addLine(
      cart([line('l1', 'v1', 2)]),
      add('v1', 2),
      variantMap(variant('v1', { available: 3 })),
      limits,
    );
    expect(codeOf(result)).toBe('OUT_OF_STOCK');
    expect(!result.ok && result.violation.message).toBe('Only 3 left in stock');
    expect(
      codeOf(addLine(cart(), add('v1', 3), variantMap(variant('v1', { available: 3 })), limits)),
    ).toBeNull();
    expect(codeOf(addLine(cart(), add('v1', 1), variantMap(variant('v1', { available: 0 })), limits))).toBe(
      'OUT_OF_STOCK',
    );
  });

  it('limits the number of distinct lines but still lets existing lines grow', () => {
    const small = { maxLineQuantity: 20, maxLines: 2 };
    const full = cart([line('l1', 'v1', 1), line('l2', 'v2', 1)]);
    const variants = variantMap(variant('v1'), variant('v2'), variant('v3'));
    expect(codeOf(addLine(full, add('v3', 1), variants, small))).toBe('CART_LINE_LIMIT');
    expect(codeOf(addLine(full, add('v2', 1), variants, small))).toBeNull();
  });

  it('keeps one currency per cart', () => {
    const variants = variantMap(variant('v1'), variant('v2', { currency: 'EUR' }));
    expect(codeOf(addLine(cart([line('l1', 'v1', 1)]), add('v2', 1), variants, limits))).toBe(
      'CURRENCY_MISMATCH',
    );
  });
});

describe('setLineQuantity', () => {
  const variants = variantMap(variant('v1', { available: 10 }));

  it('sets the quantity of a line', () => {
    expect(
      edited(setLineQuantity(cart([line('l1', 'v1', 2)]), 'l1', 7, variants, limits, NOW)).lines[0]!.quantity,
    ).toBe(7);
  });

  it('removes the line when the quantity is 0', () => {
    expect(
      edited(setLineQuantity(cart([line('l1', 'v1', 2)]), 'l1', 0, variants, limits, NOW)).lines,
    ).toEqual([]);
  });

  it('rejects negative or fractional quantities, unknown lines, and quantities over the limit or stock', () => {
    const before = cart([line('l1', 'v1', 2)]);
    expect(codeOf(setLineQuantity(before, 'l1', -1, variants, limits, NOW))).toBe('INVALID_QUANTITY');
    expect(codeOf(setLineQuantity(before, 'l1', 2.5, variants, limits, NOW))).toBe('INVALID_QUANTITY');
    expect(codeOf(setLineQuantity(before, 'other', 1, variants, limits, NOW))).toBe('LINE_NOT_FOUND');
    expect(codeOf(setLineQuantity(before, 'l1', 11, variants, limits, NOW))).toBe('OUT_OF_STOCK');
    const plenty = variantMap(variant('v1', { available: 100 }));
    expect(codeOf(setLineQuantity(before, 'l1', 21, plenty, limits, NOW))).toBe('QUANTITY_LIMIT');
  });

  it('always allows lowering a quantity, even when the variant can no longer be bought', () => {
    const gone = variantMap(variant('v1', { purchasable: false, available: 0 }));
    const before = cart([line('l1', 'v1', 5)]);
    expect(edited(setLineQuantity(before, 'l1', 2, gone, limits, NOW)).lines[0]!.quantity).toBe(2);
    expect(codeOf(setLineQuantity(before, 'l1', 6, gone, limits, NOW))).toBe('VARIANT_NOT_AVAILABLE');
  });
});

describe('removeLine and clearLines', () => {
  it('removes one line and reports unknown lines', () => {
    const before = cart([line('l1', 'v1', 1), line('l2', 'v2', 1)]);
    expect(edited(removeLine(before, 'l1', NOW)).lines.map((l) => l.id)).toEqual(['l2']);
    expect(codeOf(removeLine(before, 'l9', NOW))).toBe('LINE_NOT_FOUND');
  });

  it('empties the cart', () => {
    expect(clearLines(cart([line('l1', 'v1', 1)]), NOW).lines).toEqual([]);
  });
});
