import 'reflect-metadata';
import type { AccessTokenVerifier } from '@msa/auth';
import {
  closeConnection,
  createQueueConnection,
  startCommandWorker,
  startEventWorker,
  startOutboxRelay,
} from '@msa/events';
import { createLogger, startSubgraphServer, type Logger, type RunningSubgraph } from '@msa/subgraph-kit';
import { createInventoryDb, pingDatabase } from './data/database';
import { inventoryCommandHandlers } from './jobs/inventory-commands';
import { inventoryEventHandlers } from './jobs/product-events';
import { startReservationSweeper } from './jobs/reservation-sweeper';
import type { InventoryContext } from './schema/context';
import { buildInventorySchema } from './schema';

export interface InventorySubgraphOptions {
  databaseUrl: string;
  redisUrl: string;
  /** 0 picks a free port. */
  port: number;
  verifier: AccessTokenVerifier;
  /** BullMQ key prefix, so parallel test runs and environments sharing a Redis do not collide. */
  queuePrefix?: string;
  logger?: Logger;
  host?: string;
  /** How often overdue reservations are released; default 5000 ms. */
  reservationSweepIntervalMs?: number;
  /** Commands and events processed in parallel per queue; default 5. */
  workerConcurrency?: number;
}

/**
 * The inventory subgraph with everything it runs in process: GraphQL server, outbox relay, the command and
 * event workers, and the reservation sweeper. stop() ends all of them.
 */
export async function createInventorySubgraph(options: InventorySubgraphOptions): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger('inventory');
  const db = createInventoryDb(options.databaseUrl);
  const connection = createQueueConnection(options.redisUrl);
  connection.on('error', (error) => logger.warn({ err: error }, 'inventory redis connection error'));
  const prefix = options.queuePrefix ? { prefix: options.queuePrefix } : {};
  const workerOptions = { connection, ...prefix, concurrency: options.workerConcurrency ?? 5, logger };

  const relay = startOutboxRelay({
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    ...prefix,
    logger,
  });
  const commands = startCommandWorker('inventory', inventoryCommandHandlers(db), workerOptions);
  const events = startEventWorker('inventory', inventoryEventHandlers(db), workerOptions);
  const sweeper = startReservationSweeper({
    db,
    intervalMs: options.reservationSweepIntervalMs ?? 5_000,
    logger,
  });

  const stopBackground = async () => {
    await Promise.all([sweeper.stop(), commands.stop(), events.stop()]);
    await relay.stop();
    await closeConnection(connection);
    await db.$disconnect();
  };

  try {
    return await startSubgraphServer<InventoryContext>({
      name: 'inventory',
      schema: await buildInventorySchema(),
      cacheHints: true,
      verifier: options.verifier,
      redisUrl: options.redisUrl,
      logger,
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      healthChecks: {
        database: () => pingDatabase(db),
        redis: () => connection.ping(),
      },
      extendContext: (base) => ({ ...base, db }),
      onStop: stopBackground,
    });
  } catch (error) {
    await stopBackground();
    throw error;
  }
}
