import type {
  DeliveryCursor,
  DeliveryLogFilter,
  DeliveryLogStore,
  DeliveryRecord,
} from '../data/delivery-log';
import { toPlannedDelivery } from '../data/delivery-log';
import type { DeliveryQueue } from '../jobs/delivery-queue';
import { carriesSecretLink } from '../domain/notification-kinds';

/** The delivery log for administrators: browse it, and send a failed delivery again. */
export function createDeliveriesAdminService(log: DeliveryLogStore, queue: DeliveryQueue, now: () => Date) {
  return {
    list: (filter: DeliveryLogFilter, take: number, after: DeliveryCursor | null) =>
      log.list(filter, take, after),

    /**
     * Null when there is no such delivery or it has not FAILED; `secret` when it carried a single-use link,
     * which the log keeps only redacted (the customer asks for a new one).
     */
    async retry(id: string): Promise<DeliveryRecord | null | 'secret'> {
      const logged = await log.get(id);
      if (logged && carriesSecretLink(logged.kind)) return 'secret';
      const reopened = await log.reopen(id, now());
      if (!reopened) return null;
      await queue.retry(toPlannedDelivery(reopened));
      return reopened;
    },
  };
}

export type DeliveriesAdminService = ReturnType<typeof createDeliveriesAdminService>;
