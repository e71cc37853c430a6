import { createLogger, type Logger } from './logger';
import type { LevelWithSilent } from 'pino';
import { installGracefulShutdown } from './shutdown';

/**
 * A subgraph's `src/index.ts`: starts it as its own process with a logger at the configured level, and stops it
 * cleanly on SIGTERM/SIGINT.
 */
export async function runSubgraph(
  name: string,
  logLevel: LevelWithSilent,
  start: (logger: Logger) => Promise<{ stop(): Promise<void> }>,
): Promise<void> {
  const logger = createLogger(name, logLevel);
  const running = await start(logger);
  installGracefulShutdown(() => running.stop(), logger);
}
