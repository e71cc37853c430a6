import type { CartFacts, CartLineFacts, CustomerFacts } from '../../src/domain/cart-facts';
import type { Action, Condition, LineTarget, PromotionRule } from '../../src/domain/promotion-rules';

/** In-memory builders for the domain specs. */

let sequence = 0;

export function promotion(overrides: Partial<PromotionRule> & { actions: Action[] }): PromotionRule {
  sequence += 1;
  return {
    id: `promo-${String(sequence).padStart(4, '0')}`,
    name: `Promotion ${sequence}`,
    code: null,
    currency: 'USD',
    conditions: [] as Condition[],
    startsAt: null,
    endsAt: null,
    usageLimit: null,
    perCustomerLimit: null,
    usageCount: 0,
    stackable: false,
    priority: 0,
    active: true,
    ...overrides,
  };
}

export function line(unitPrice: number, quantity = 1, extra: Partial<CartLineFacts> = {}): CartLineFacts {
  sequence += 1;
  return {
    variantId: `variant-${sequence}`,
    productId: null,
    categoryIds: [],
    quantity,
    unitPrice,
    ...extra,
  };
}

export function cart(lines: CartLineFacts[], currency = 'USD'): CartFacts {
  return { currency, lines, subtotal: lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0) };
}

export function customer(confirmedOrders = 0, usage: Record<string, number> = {}): CustomerFacts {
  return { customerId: 'customer-1', confirmedOrders, usageByPromotion: new Map(Object.entries(usage)) };
}

export const everyLine: LineTarget = { productIds: [], categoryIds: [] };

export const percentOff = (percent: number, maxAmount: number | null = null): Action => ({
  kind: 'ORDER_PERCENT_OFF',
  basisPoints: Math.round(percent * 100),
  maxAmount,
});

export const amountOff = (amount: number): Action => ({ kind: 'ORDER_AMOUNT_OFF', amount });

export const NOW = new Date('2026-11-25T12:00:00.000Z');
