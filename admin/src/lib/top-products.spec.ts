import { describe, expect, it } from 'vitest';
import { topProducts, type OrderLike } from './top-products';

const line = (id: string, quantity: number, amount: number) => ({
  quantity,
  lineTotal: { amount, currency: 'USD' },
  variant: { product: { id, name: `Product ${id}` } },
});

describe('topProducts', () => {
  it('adds up units and revenue per product across variants and orders, most revenue first', () => {
    const orders: OrderLike[] = [
      { status: 'CONFIRMED', lines: [line('a', 1, 1000), line('b', 2, 3000)] },
      { status: 'DELIVERED', lines: [line('a', 3, 3000)] },
      { status: 'SHIPPED', lines: [line('c', 1, 500)] },
    ];
    expect(topProducts(orders)).toEqual([
      { productId: 'a', name: 'Product a', units: 4, revenue: 4000, currency: 'USD' },
      { productId: 'b', name: 'Product b', units: 2, revenue: 3000, currency: 'USD' },
      { productId: 'c', name: 'Product c', units: 1, revenue: 500, currency: 'USD' },
    ]);
  });

  it('leaves out orders that are not sales and keeps to the limit', () => {
    const orders: OrderLike[] = [
      { status: 'PENDING', lines: [line('x', 9, 9000)] },
      { status: 'CANCELLED', lines: [line('y', 9, 9000)] },
      { status: 'REFUNDED', lines: [line('z', 9, 9000)] },
      { status: 'CONFIRMED', lines: [line('a', 1, 100), line('b', 1, 200)] },
    ];
    expect(topProducts(orders, 1).map((product) => product.productId)).toEqual(['b']);
  });
});
