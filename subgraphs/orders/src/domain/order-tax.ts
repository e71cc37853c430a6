import { invalidCart, type Problem } from './checkout-problems';
import { MAX_AMOUNT, type OrderDraft, type OrderLineDraft } from './order-snapshot';
import { computeTax, type TaxLine, type TaxRateRule } from './tax';

/** An order draft with its tax frozen: each line's share, the receipt's tax lines, and a total that includes them. */
export interface TaxedOrderDraft extends OrderDraft {
  lines: (OrderLineDraft & { taxAmount: number })[];
  taxTotal: number;
  taxLines: TaxLine[];
}

export type TaxedDraftResult = { ok: true; draft: TaxedOrderDraft } | { ok: false; problem: Problem };

/** Adds the tax at `rate` (null: tax-exempt) to a priced draft; total becomes subtotal − discounts + shipping + tax. */
export function taxOrderDraft(draft: OrderDraft, rate: TaxRateRule | null): TaxedDraftResult {
  const tax = computeTax(draft, rate);
  const total = draft.total + tax.taxTotal;
  if (total > MAX_AMOUNT) return invalidCart('This order is too large to place online; please contact us.');
  return {
    ok: true,
    draft: {
      ...draft,
      lines: draft.lines.map((line, index) => ({ ...line, taxAmount: tax.lineTaxes[index]! })),
      taxTotal: tax.taxTotal,
      taxLines: tax.taxLines,
      total,
    },
  };
}
