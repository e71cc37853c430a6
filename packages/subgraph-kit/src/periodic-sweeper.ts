import { Counter } from 'prom-client';
import { processRegistry } from '@msa/telemetry';
import type { Logger } from './logger';

/** What one sweep removed, by kind (e.g. `{ expired: 3, abandoned: 1 }`). */
export type SweepCounts = Record<string, number>;

export interface PeriodicSweeper {
  /** Runs one sweep now (or waits for the one in progress); resolves with what it removed. */
  sweep(): Promise<SweepCounts>;
  stop(): Promise<void>;
}

const sweepRuns = new Counter({
  name: 'msa_sweeper_runs_total',
  help: 'Periodic clean-up sweeps by sweeper and outcome (ok, failed).',
  labelNames: ['sweeper', 'outcome'],
  registers: [processRegistry],
});

const sweptItems = new Counter({
  name: 'msa_sweeper_removed_total',
  help: 'Rows periodic clean-up sweeps removed, by sweeper and kind.',
  labelNames: ['sweeper', 'kind'],
  registers: [processRegistry],
});

/**
 * Runs `work` every `intervalMs` in each replica, like inventory's reservation sweeper: the database decides
 * what is due and the work is idempotent, so running everywhere is safe and nothing has to survive in Redis.
 * Overlapping ticks share the sweep in progress; a failed sweep is logged and retried at the next tick.
 * `name` labels the metrics and logs; `describe` is the log message when anything was removed.
 */
export function startPeriodicSweeper(options: {
  name: string;
  describe: string;
  intervalMs: number;
  logger: Logger;
  work: () => Promise<SweepCounts>;
}): PeriodicSweeper {
  const { name, logger } = options;
  let running: Promise<SweepCounts> | null = null;
  let stopped = false;

  const sweep = (): Promise<SweepCounts> => {
    running ??= options
      .work()
      .then((counts) => {
        sweepRuns.inc({ sweeper: name, outcome: 'ok' });
        for (const [kind, removed] of Object.entries(counts))
          if (removed > 0) sweptItems.inc({ sweeper: name, kind }, removed);
        if (Object.values(counts).some((removed) => removed > 0))
          logger.info({ sweeper: name, ...counts }, options.describe);
        return counts;
      })
      .catch((error: unknown) => {
        sweepRuns.inc({ sweeper: name, outcome: 'failed' });
        throw error;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => {
    if (stopped) return;
    sweep().catch((error: unknown) =>
      logger.error({ err: error, sweeper: name }, 'sweep failed; retrying at the next tick'),
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
