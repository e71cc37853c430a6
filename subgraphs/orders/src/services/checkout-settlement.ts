import type { OrderUpdates } from '../live/order-updates';
import type { OrderRecord } from '../domain/order';

export interface SettlementDeps {
  updates: OrderUpdates;
  load: (orderId: string) => Promise<OrderRecord | null>;
  /** How long checkout waits for the first saga outcome before answering with the PENDING order. */
  timeoutMs: number;
}

export interface SettlementWatch {
  /** Resolves with the order once it left PENDING, or as it stands when the wait ran out. */
  settled(): Promise<OrderRecord | null>;
  cancel(): void;
}

/**
 * Lets checkout answer OUT_OF_STOCK synchronously although the saga runs on queues: it listens to the order's
 * live updates (subscribed before the order exists, so no update is missed) until the order leaves PENDING.
 */
export async function watchSettlement(deps: SettlementDeps, orderId: string): Promise<SettlementWatch> {
  const iterator = await deps.updates.subscribe(orderId);
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    clearTimeout(timer);
    void iterator.return?.();
  };
  return {
    async settled() {
      const deadline = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), deps.timeoutMs);
      });
      try {
        let order = await deps.load(orderId);
        while (order?.status === 'PENDING') {
          const next = await Promise.race([iterator.next(), deadline]);
          if (next === 'timeout' || next.done) break;
          order = await deps.load(orderId);
        }
        return order?.status === 'PENDING' ? await deps.load(orderId) : order;
      } finally {
        stop();
      }
    },
    cancel: stop,
  };
}
