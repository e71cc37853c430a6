import 'reflect-metadata';
import { startCommandWorker, startEventWorker } from '@msa/events';
import { defineSubgraph, type RunningSubgraph, type SubgraphOptions } from '@msa/subgraph-kit';
import { database } from './data/database';
import { inventoryCommandHandlers } from './jobs/inventory-commands';
import { inventoryEventHandlers } from './jobs/product-events';
import { startReservationSweeper } from './jobs/reservation-sweeper';
import type { InventoryContext } from './schema/context';
import { buildInventorySchema } from './schema';

export interface InventorySubgraphOptions extends SubgraphOptions {
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
  return defineSubgraph<InventoryContext>({ name: 'inventory', ...options }, async (kit) => {
    const db = kit.connectDatabase(database);
    const workerOptions = { ...kit.workerOptions, concurrency: options.workerConcurrency ?? 5 };
    kit.use(startCommandWorker('inventory', inventoryCommandHandlers(db), workerOptions), 'command worker');
    kit.use(startEventWorker('inventory', inventoryEventHandlers(db), workerOptions), 'event worker');
    kit.use(
      startReservationSweeper({
        db,
        intervalMs: options.reservationSweepIntervalMs ?? 5_000,
        logger: kit.logger,
      }),
      'reservation sweeper',
    );
    return {
      schema: await buildInventorySchema(),
      cacheHints: true,
      context: (base) => ({ ...base, db }),
    };
  });
}
