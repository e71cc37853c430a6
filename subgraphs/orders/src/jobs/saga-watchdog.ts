import { startPeriodicSweeper, type Logger, type PeriodicSweeper } from '@msa/subgraph-kit';
import type { SagaWatchdogService } from '../services/saga-watchdog.service';

/**
 * Sweeps for overdue sagas every `intervalMs`. A timer in each replica rather than a queue job, like
 * inventory's reservation sweeper: the database says what is overdue and every action happens under the
 * order's row lock, so running everywhere is safe, and nothing the watchdog needs lives in Redis — it is
 * what recovers a command or reply that Redis lost.
 */
export function startSagaWatchdog(options: {
  service: SagaWatchdogService;
  intervalMs: number;
  logger: Logger;
}): PeriodicSweeper {
  return startPeriodicSweeper({
    name: 'saga-watchdog',
    describe: 'saga watchdog dealt with overdue sagas',
    intervalMs: options.intervalMs,
    logger: options.logger,
    work: async () => {
      const { resent, gaveUp, lapsed } = await options.service.sweep();
      return { resent, gaveUp, lapsed };
    },
  });
}
