import type { TaxRateRule } from '../domain/tax';
import type { OrdersDb } from './database';
import { isUuid } from './database';
import { afterKeyset, type KeysetCursor } from './keyset';

export interface TaxRateRecord extends TaxRateRule {
  createdAt: Date;
  updatedAt: Date;
}

interface TaxRateRow {
  id: string;
  country: string;
  region: string;
  ratePpm: number;
  taxShipping: boolean;
  createdAt: Date;
  updatedAt: Date;
}

// The country-wide rate is stored with region '' so (country, region) stays unique in Postgres.
function toRecord(row: TaxRateRow): TaxRateRecord {
  return { ...row, region: row.region === '' ? null : row.region };
}

/** One page of rates (`take` rows, newest first) and how many there are. */
export async function listTaxRates(
  db: OrdersDb,
  take: number,
  after: KeysetCursor | null,
): Promise<{ rows: TaxRateRecord[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.taxRate.findMany({
      where: afterKeyset(after),
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take,
    }),
    db.taxRate.count(),
  ]);
  return { rows: rows.map(toRecord), total };
}

/** The rates of a country (its own and its regions'), for picking the one a destination gets. */
export async function taxRatesOf(db: OrdersDb, country: string): Promise<TaxRateRecord[]> {
  const rows = await db.taxRate.findMany({ where: { country } });
  return rows.map(toRecord);
}

export interface TaxRateValues {
  country: string;
  region: string | null;
  ratePpm: number;
  taxShipping: boolean;
}

/** Creates the rate of (country, region), or changes it when there is one. */
export async function upsertTaxRate(db: OrdersDb, values: TaxRateValues): Promise<TaxRateRecord> {
  const key = { country: values.country, region: values.region ?? '' };
  const row = await db.taxRate.upsert({
    where: { country_region: key },
    create: { ...key, ratePpm: values.ratePpm, taxShipping: values.taxShipping },
    update: { ratePpm: values.ratePpm, taxShipping: values.taxShipping },
  });
  return toRecord(row);
}

/** Deletes a rate; false when there was none with this id. */
export async function deleteTaxRate(db: OrdersDb, id: string): Promise<TaxRateRecord | null> {
  if (!isUuid(id)) return null;
  const rows = await db.taxRate.findMany({ where: { id } });
  if (rows.length === 0) return null;
  const { count } = await db.taxRate.deleteMany({ where: { id } });
  return count > 0 ? toRecord(rows[0]!) : null;
}
