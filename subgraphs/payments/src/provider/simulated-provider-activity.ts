import { database as paymentsDatabase } from '../data/database';
import { providerActivityFor, type ProviderActivity } from '../data/simulated-provider.repo';

export type { ProviderActivity };

/**
 * What the simulated provider did for one order (charges, completed operations, requests with retries),
 * read from the payments database. For end-to-end tests proving that nothing was charged or captured twice.
 */
export async function simulatedProviderActivity(
  databaseUrl: string,
  orderId: string,
): Promise<ProviderActivity> {
  const db = paymentsDatabase.connect(databaseUrl, { poolSize: 1 });
  try {
    return await providerActivityFor(db, orderId);
  } finally {
    await db.$disconnect();
  }
}
