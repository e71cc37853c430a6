import type { Logger } from '@msa/subgraph-kit';
import type { InventoryDb } from '../data/database';
import { sweepExpiredReservations } from '../services/expire-reservations';

export interface ReservationSweeper {
  /** Runs one sweep now (or waits for the one in progress); resolves with the number of orders expired. */
  sweep(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Releases overdue reservations every `intervalMs`. A timer in each replica rather than a queue job: the
 * database decides what is overdue, and replicas skip orders another one is busy with, so running everywhere
 * is safe and no Redis state has to survive for stock to come back.
 */
export function startReservationSweeper(options: {
  db: InventoryDb;
  intervalMs: number;
  logger: Logger;
}): ReservationSweeper {
  let running: Promise<number> | null = null;
  let stopped = false;

  const sweep = (): Promise<number> => {
    running ??= sweepExpiredReservations(options.db)
      .then((expired) => {
        if (expired > 0) options.logger.info({ expired }, 'expired overdue reservations');
        return expired;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => {
    if (stopped) return;
    sweep().catch((error: unknown) =>
      options.logger.error({ err: error }, 'reservation sweep failed; retrying at the next tick'),
    );
  }, options.intervalMs);
  timer.unref();

  return {
    sweep,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
