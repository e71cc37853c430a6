import type { Logger } from './logger';

/**
 * Stops the service on SIGTERM/SIGINT: stop accepting requests, drain in-flight ones, close workers and pools,
 * then exit. A second signal or a stuck shutdown exits anyway after the grace period.
 */
export function installGracefulShutdown(stop: () => Promise<void>, logger: Logger, graceMs = 15_000): void {
  let shuttingDown = false;
  const handle = (signal: NodeJS.Signals) => {
    if (shuttingDown) process.exit(1);
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, graceMs);
    timer.unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', handle);
  process.once('SIGINT', handle);
}
