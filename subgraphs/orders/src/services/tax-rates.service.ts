import { userError, type UserError } from '@msa/subgraph-kit';
import type { OrdersDb } from '../data/database';
import type { KeysetCursor } from '../data/keyset';
import { deleteTaxRate, listTaxRates, upsertTaxRate, type TaxRateRecord } from '../data/tax-rate.repo';
import { checkTaxRateInput, TaxRateErrorCode, type TaxRateInputDraft } from '../domain/tax-rate-input';

export interface TaxRateOutcome {
  taxRate: TaxRateRecord | null;
  userErrors: UserError[];
}

/** The administrators' tax table: list, set (create or change per country + region), remove. */
export interface TaxRatesService {
  list(take: number, after: KeysetCursor | null): Promise<{ rows: TaxRateRecord[]; total: number }>;
  set(input: TaxRateInputDraft): Promise<TaxRateOutcome>;
  remove(id: string): Promise<TaxRateOutcome>;
}

export function createTaxRatesService(db: OrdersDb): TaxRatesService {
  return {
    list: (take, after) => listTaxRates(db, take, after),
    async set(input) {
      const check = checkTaxRateInput(input);
      if (!check.ok)
        return {
          taxRate: null,
          userErrors: check.problems.map((problem) =>
            userError(problem.code, problem.message, problem.field),
          ),
        };
      return { taxRate: await upsertTaxRate(db, check.values), userErrors: [] };
    },
    async remove(id) {
      const removed = await deleteTaxRate(db, id);
      if (!removed)
        return {
          taxRate: null,
          userErrors: [userError(TaxRateErrorCode.NOT_FOUND, 'There is no tax rate with this id.', ['id'])],
        };
      return { taxRate: removed, userErrors: [] };
    },
  };
}
