import { describe, expect, it } from 'vitest';
import { lowStockRowOf, lowStockRows } from './low-stock-search';

const stock = (available: number, lowStock: boolean) => ({
  onHand: available,
  reserved: 0,
  available,
  lowStockThreshold: 5,
  lowStock,
});

describe('lowStockRows', () => {
  it('keeps the low variants of the found products, the emptiest first', () => {
    const rows = lowStockRows([
      {
        id: 'p1',
        name: 'Mug',
        variants: [
          { id: 'v1', sku: 'MUG-RED', title: 'Red', stock: stock(3, true) },
          { id: 'v2', sku: 'MUG-BLUE', title: 'Blue', stock: stock(40, false) },
        ],
      },
      {
        id: 'p2',
        name: 'Cap',
        variants: [{ id: 'v3', sku: 'CAP', title: 'Default', stock: stock(0, true) }],
      },
      { id: 'p3', name: 'Pen', variants: [{ id: 'v4', sku: 'PEN', title: 'Default', stock: null }] },
    ]);
    expect(rows.map((row) => row.sku)).toEqual(['CAP', 'MUG-RED']);
    expect(rows[1]).toMatchObject({ productId: 'p1', productName: 'Mug', available: 3 });
  });

  it('gives an entry of the low-stock list the same row shape as a search result', () => {
    expect(
      lowStockRowOf({
        variantId: 'v1',
        onHand: 5,
        reserved: 2,
        available: 3,
        lowStockThreshold: 4,
        variant: { sku: 'MUG-RED', title: 'Red', product: { id: 'p1', name: 'Mug' } },
      }),
    ).toEqual({
      variantId: 'v1',
      productId: 'p1',
      productName: 'Mug',
      sku: 'MUG-RED',
      title: 'Red',
      onHand: 5,
      reserved: 2,
      available: 3,
      lowStockThreshold: 4,
    });
  });
});
