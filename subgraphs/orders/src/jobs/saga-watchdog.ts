import type { Logger } from '@msa/subgraph-kit';
import type { SagaWatchdogService, WatchdogSweep } from '../services/saga-watchdog.service';

export interface RunningSagaWatchdog {
  /** Runs one sweep now (or waits for the one in progress). */
  sweep(): Promise<WatchdogSweep>;
  stop(): Promise<void>;
}

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
}): RunningSagaWatchdog {
  let running: Promise<WatchdogSweep> | null = null;
  let stopped = false;

  const sweep = (): Promise<WatchdogSweep> => {
    running ??= options.service
      .sweep()
      .then((result) => {
        if (result.resent + result.gaveUp + result.lapsed > 0)
          options.logger.info(result, 'saga watchdog dealt with overdue sagas');
        return result;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => {
    if (stopped) return;
    sweep().catch((error: unknown) =>
      options.logger.error({ err: error }, 'saga watchdog sweep failed; retrying at the next tick'),
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
