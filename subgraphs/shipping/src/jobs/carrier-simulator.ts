import {
  createQueue,
  startMessageWorker,
  UnrecoverableError,
  type MessageWorkerOptions,
  type RunningWorker,
} from '@msa/events';
import type { Logger } from '@msa/subgraph-kit';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { shipmentsInCarrierHands } from '../data/shipment.repo';
import { nextCarrierStatus, SHIPMENT_STATUSES } from '../domain/shipment-status';
import type { CarrierScheduler, ShippingDeps } from '../services/shipping-deps';
import { advanceByCarrier } from '../services/update-shipment-status';

/**
 * The simulated carrier: every status on the happy path schedules a delayed "scan" job that moves the
 * shipment one step on (LABEL_CREATED → IN_TRANSIT → OUT_FOR_DELIVERY → DELIVERED). Jobs carry the
 * shipment's version, so a scan overtaken by an administrator's update does nothing, and their id is
 * shipment + version, so scheduling the same step twice keeps one job.
 */
export const CARRIER_QUEUE = 'shipping.carrier';
const SCAN_JOB = 'carrier.scan';

interface ScanJob {
  shipmentId: string;
  version: number;
}

const CARRIER_STATUSES = SHIPMENT_STATUSES.filter((status) => nextCarrierStatus(status) !== null);

export const DISABLED_CARRIER: CarrierScheduler = { scheduleNext: async () => undefined };

export function openCarrierQueue(connection: Redis, prefix: string): Queue {
  return createQueue(CARRIER_QUEUE, { connection, prefix });
}

export function createCarrierScheduler(options: {
  queue: Queue;
  stepDelayMs: number;
  logger: Logger;
}): CarrierScheduler {
  return {
    async scheduleNext(shipment, delayMs = options.stepDelayMs) {
      if (!nextCarrierStatus(shipment.status)) return;
      const scan: ScanJob = { shipmentId: shipment.id, version: shipment.version };
      try {
        await options.queue.add(SCAN_JOB, scan, {
          delay: delayMs,
          jobId: `${shipment.id}-v${shipment.version}`,
        });
      } catch (error) {
        options.logger.error(
          { err: error, shipmentId: shipment.id },
          'could not schedule the next carrier scan; it resumes at the next start',
        );
      }
    },
  };
}

function isScanJob(data: unknown): data is ScanJob {
  const job = data as Partial<ScanJob> | null;
  return typeof job?.shipmentId === 'string' && Number.isInteger(job.version);
}

export function startCarrierWorker(deps: ShippingDeps, options: MessageWorkerOptions): RunningWorker {
  return startMessageWorker(
    CARRIER_QUEUE,
    {
      [SCAN_JOB]: async (data) => {
        if (!isScanJob(data)) throw new UnrecoverableError('A carrier scan needs a shipmentId and a version');
        await advanceByCarrier(deps, data);
      },
    },
    options,
  );
}

/**
 * Schedules the next scan of every shipment still in the carrier's hands, for scans lost between a commit
 * and scheduling (a crash, Redis away). Already scheduled scans keep their job; overdue ones run at once.
 */
export async function resumeCarrierScans(
  deps: ShippingDeps,
  stepDelayMs: number,
  pageSize = 500,
): Promise<number> {
  let scheduled = 0;
  let afterId: string | null = null;
  for (;;) {
    const page = await shipmentsInCarrierHands(deps.db, CARRIER_STATUSES, afterId, pageSize);
    const now = deps.now().getTime();
    for (const shipment of page) {
      const remaining = Math.max(0, stepDelayMs - (now - shipment.updatedAt.getTime()));
      await deps.carrier.scheduleNext(shipment, remaining);
      scheduled++;
    }
    if (page.length < pageSize) return scheduled;
    afterId = page.at(-1)!.id;
  }
}
