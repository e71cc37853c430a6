import { startPeriodicSweeper, type Logger, type PeriodicSweeper } from '@msa/subgraph-kit';
import type { InventoryDb } from '../data/database';
import { sweepExpiredReservations } from '../services/expire-reservations';

/**
 * Releases overdue reservations every `intervalMs`. A timer in each replica rather than a queue job: the
 * database decides what is overdue, and replicas skip orders another one is busy with, so running everywhere
 * is safe and no Redis state has to survive for stock to come back.
 */
export function startReservationSweeper(options: {
  db: InventoryDb;
  intervalMs: number;
  logger: Logger;
}): PeriodicSweeper {
  return startPeriodicSweeper({
    name: 'reservations',
    describe: 'expired overdue reservations',
    intervalMs: options.intervalMs,
    logger: options.logger,
    work: async () => ({ expired: await sweepExpiredReservations(options.db) }),
  });
}
