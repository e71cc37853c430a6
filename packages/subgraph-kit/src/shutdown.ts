import { shutdownTelemetry } from '@msa/telemetry';
import type { Logger } from './logger';

/**
 * Stops the service on SIGTERM/SIGINT: stop accepting requests, drain in-flight ones, close workers and pools,
 * export the spans still buffered (when tracing is on), then exit. A second signal or a stuck shutdown exits
 * anyway after the grace period.
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
    const exit = (code: number) =>
      shutdownTelemetry()
        .catch((error: unknown) => logger.error({ err: error }, 'flushing spans failed'))
        .finally(() => process.exit(code));
    stop().then(
      () => exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        return exit(1);
      },
    );
  };
  process.once('SIGTERM', handle);
  process.once('SIGINT', handle);
}
