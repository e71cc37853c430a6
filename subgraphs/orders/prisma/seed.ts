import { pathToFileURL } from 'node:url';
import { loadOrdersConfig } from '../src/config';
import { database as ordersDatabase } from '../src/data/database';

export interface SeedOptions {
  databaseUrl: string;
  log: (line: string) => void;
}

/** Demo tax rates: two US states (one taxing shipping), Germany's VAT, Canada with Quebec's own rate. */
export const DEMO_TAX_RATES = [
  { country: 'US', region: 'CA', ratePpm: 72_500, taxShipping: false },
  { country: 'US', region: 'NY', ratePpm: 88_750, taxShipping: true },
  { country: 'DE', region: '', ratePpm: 190_000, taxShipping: true },
  { country: 'CA', region: '', ratePpm: 50_000, taxShipping: true },
  { country: 'CA', region: 'QC', ratePpm: 149_750, taxShipping: true },
] as const;

/** Adds the demo tax rates that are missing; rates an administrator changed or removed are left alone once seeded. */
export async function seed(options: SeedOptions): Promise<void> {
  const db = ordersDatabase.connect(options.databaseUrl, { poolSize: 1 });
  try {
    if ((await db.taxRate.count()) > 0) {
      options.log('tax rates already set');
      return;
    }
    const { count } = await db.taxRate.createMany({ data: [...DEMO_TAX_RATES], skipDuplicates: true });
    options.log(`${count} demo tax rate(s) added`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await seed({ databaseUrl: loadOrdersConfig().databaseUrl, log: (line) => console.log(line) });
}
