import { taxRatesOf } from '../data/tax-rate.repo';
import type { OrdersDb } from '../data/database';
import type { OrderDraft } from '../domain/order-snapshot';
import { taxOrderDraft, type TaxedDraftResult } from '../domain/order-tax';
import { normalizeDestination, pickTaxRate, type TaxDestination } from '../domain/tax';

/** Adds the destination's tax to a priced draft; checkout and checkoutSummary use the same one. */
export interface CheckoutTax {
  tax(draft: OrderDraft, destination: TaxDestination): Promise<TaxedDraftResult>;
}

export function createCheckoutTax(db: OrdersDb): CheckoutTax {
  return {
    async tax(draft, destination) {
      const rates = await taxRatesOf(db, normalizeDestination(destination).country);
      return taxOrderDraft(draft, pickTaxRate(rates, destination));
    },
  };
}
