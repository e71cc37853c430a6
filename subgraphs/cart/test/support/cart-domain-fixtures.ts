import type { CartLineRecord, CartRecord, VariantFacts } from '../../src/domain/cart';

/** In-memory builders shared by the domain specs. */
export const NOW = new Date('2026-11-24T12:00:00.000Z');

export function variant(variantId: string, overrides: Partial<VariantFacts> = {}): VariantFacts {
  return { variantId, price: 1000, currency: 'USD', purchasable: true, available: null, ...overrides };
}

export function variantMap(...variants: VariantFacts[]): Map<string, VariantFacts> {
  return new Map(variants.map((v) => [v.variantId, v]));
}

export function line(id: string, variantId: string, quantity: number, addedUnitPrice = 1000): CartLineRecord {
  return {
    id,
    variantId,
    quantity,
    addedUnitPrice,
    addedCurrency: 'USD',
    addedAt: '2026-11-20T00:00:00.000Z',
  };
}

export function cart(lines: CartLineRecord[] = [], customerId: string | null = null): CartRecord {
  return {
    id: 'cart-1',
    customerId,
    version: 3,
    lines,
    createdAt: '2026-11-20T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
  };
}
