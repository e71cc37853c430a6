import { Worker, type Job } from 'bullmq';
import { commandQueueName } from '@msa/events';
import type { Redis } from 'ioredis';
import { SUCCESS_REPLY, type ServicePlayer } from './service-player';

/** Tokens the simulated card provider declines, with the code payments would report. */
const DECLINES: Record<string, string> = {
  tok_chargeDeclined: 'CARD_DECLINED',
  tok_insufficientFunds: 'INSUFFICIENT_FUNDS',
};

export interface AutoServices {
  close(): Promise<void>;
}

/**
 * Inventory, promotions, payments and shipping answering on their own, for tests of what checkout answers
 * after its bounded wait: every command succeeds, except an authorization with a declining token.
 */
export function startAutoServices(connection: Redis, prefix: string, player: ServicePlayer): AutoServices {
  const authorized = new Map<string, number>();
  const answer = async (job: Job) => {
    const payload = (job.data as { payload: Record<string, unknown> & { orderId: string } }).payload;
    const { orderId } = payload;
    if (job.name === 'payments.authorize') {
      const code = DECLINES[String(payload.paymentToken)];
      if (code) {
        await player.reply('payment.authorization_failed', {
          orderId,
          paymentId: null,
          code,
          reason: 'declined',
        });
        return;
      }
      authorized.set(orderId, payload.amount as number);
    }
    const [name, reply] = SUCCESS_REPLY[job.name]!(payload);
    const captured = name === 'payment.captured' ? { amount: authorized.get(orderId) ?? 0 } : {};
    await player.reply(name, { ...(reply as object), ...captured } as never);
  };
  const workers = ['inventory', 'promotions', 'payments', 'shipping'].map(
    (owner) => new Worker(commandQueueName(owner), answer, { connection, prefix }),
  );
  return { close: async () => void (await Promise.all(workers.map((worker) => worker.close()))) };
}
