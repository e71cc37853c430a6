import { randomUUID } from 'node:crypto';
import type { Job, Queue } from 'bullmq';
import { commandQueueName, eventQueueName, type EventName, type EventPayloads } from '@msa/events';
import { eventuallyPasses, type TestQueues } from '@msa/testing';

export interface SentCommand {
  name: string;
  payload: Record<string, unknown>;
}

const COMMAND_OWNERS = ['inventory', 'promotions', 'payments', 'shipping'] as const;
const ALL_STATES = ['waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed'] as const;

type CommandPayload = Record<string, unknown> & { orderId: string };

/** What the owner answers to each command when everything goes well. */
export const SUCCESS_REPLY: Record<string, (command: CommandPayload) => [EventName, unknown]> = {
  'inventory.reserve': ({ orderId }) => ['inventory.reserved', { orderId, reservationIds: ['r-1'] }],
  'promotions.redeem': ({ orderId }) => ['promotions.redeemed', { orderId }],
  'payments.authorize': ({ orderId, amount, currency }) => [
    'payment.authorized',
    { orderId, paymentId: `pay-${orderId}`, amount, currency },
  ],
  'payments.capture': ({ orderId }) => [
    'payment.captured',
    { orderId, paymentId: `pay-${orderId}`, amount: 0, currency: 'USD' },
  ],
  'shipping.create_shipment': ({ orderId }) => [
    'shipment.created',
    {
      orderId,
      shipmentId: `sh-${orderId}`,
      trackingNumber: 'PN000001',
      carrier: 'Parcelnet',
      service: 'STANDARD',
    },
  ],
  'inventory.commit': ({ orderId }) => ['inventory.committed', { orderId }],
  'inventory.release': ({ orderId }) => ['inventory.released', { orderId }],
  'inventory.restock': ({ orderId }) => ['inventory.restocked', { orderId }],
  'promotions.unredeem': ({ orderId }) => ['promotions.unredeemed', { orderId }],
  'payments.void': ({ orderId }) => ['payment.voided', { orderId, paymentId: `pay-${orderId}` }],
  'payments.refund': ({ orderId, amount, returnId }) => [
    'payment.refunded',
    {
      orderId,
      paymentId: `pay-${orderId}`,
      refundId: randomUUID(),
      amount,
      currency: 'USD',
      returnId,
    },
  ],
  'shipping.cancel_shipment': ({ orderId }) => [
    'shipment.cancelled',
    { orderId, shipmentId: `sh-${orderId}` },
  ],
};

/**
 * Plays inventory, promotions, payments and shipping for the tests: reads the commands orders sent from
 * their command queues, and publishes the owners' replies onto events.orders, exactly where their outbox
 * relays would put them (the message id is the job id).
 */
export class ServicePlayer {
  /** How many of each order's commands succeed() has answered. */
  private readonly answered = new Map<string, number>();

  constructor(private readonly queues: TestQueues) {}

  queue(name: string): Queue {
    return this.queues.queue(name);
  }

  reply<E extends EventName>(name: E, payload: EventPayloads[E], id?: string): Promise<string> {
    return this.queues.publish(eventQueueName('orders'), name, payload, id ? { id } : {});
  }

  /** Commands orders sent for an order (to any service), in the order they were sent. */
  async commandsFor(orderId: string): Promise<SentCommand[]> {
    const jobs = (
      await Promise.all(
        COMMAND_OWNERS.map((owner) => this.queue(commandQueueName(owner)).getJobs([...ALL_STATES])),
      )
    ).flat();
    const sent = (job: Job) => Date.parse((job.data as { occurredAt: string }).occurredAt);
    return jobs
      .filter((job) => (job.data as { payload: { orderId?: string } }).payload.orderId === orderId)
      .sort((a, b) => sent(a) - sent(b) || a.timestamp - b.timestamp)
      .map((job) => ({
        name: job.name,
        payload: (job.data as { payload: Record<string, unknown> }).payload,
      }));
  }

  /** Waits until the commands sent for the order begin with `names`; returns all sent so far. */
  async waitForCommands(orderId: string, names: string[]): Promise<SentCommand[]> {
    return eventuallyPasses(
      async () => {
        const commands = await this.commandsFor(orderId);
        const seen = commands.map((command) => command.name);
        if (seen.length < names.length || names.some((name, index) => seen[index] !== name))
          throw new Error(`expected ${names.join(', ')}; saw ${seen.join(', ') || 'no commands'}`);
        return commands;
      },
      { timeoutMs: 10_000, intervalMs: 50 },
    );
  }

  /**
   * Answers the order's commands with success, one at a time in the order the saga sends them, until
   * `until` has been answered. It starts after the commands it answered before for this order; pass `from`
   * (the index of the first command to answer) when the test answered some by hand. The capture reports
   * the authorized amount, as payments does.
   */
  async succeed(orderId: string, until: string, from?: number): Promise<void> {
    let next = from ?? this.answered.get(orderId) ?? 0;
    for (;;) {
      const commands = await this.waitForNext(orderId, next);
      const command = commands[next]!;
      const [name, payload] = SUCCESS_REPLY[command.name]!(command.payload as CommandPayload);
      const authorize = commands.find((sent) => sent.name === 'payments.authorize');
      const captured = name === 'payment.captured' ? { amount: authorize?.payload.amount ?? 0 } : {};
      await this.reply(name, { ...(payload as object), ...captured } as never);
      next += 1;
      this.answered.set(orderId, next);
      if (command.name === until) return;
    }
  }

  /** Waits until orders has processed every event published to it so far. */
  async drained(): Promise<void> {
    await eventuallyPasses(
      async () => {
        const counts = await this.queue(eventQueueName('orders')).getJobCounts(
          'waiting',
          'active',
          'delayed',
          'prioritized',
        );
        if (Object.values(counts).some((count) => count > 0))
          throw new Error(`events.orders busy: ${JSON.stringify(counts)}`);
      },
      { timeoutMs: 10_000, intervalMs: 25 },
    );
  }

  /** Waits until more than `count` commands were sent for the order; returns all of them. */
  async waitForNext(orderId: string, answered: number): Promise<SentCommand[]> {
    return eventuallyPasses(
      async () => {
        const commands = await this.commandsFor(orderId);
        if (commands.length <= answered)
          throw new Error(
            `waiting for command ${answered + 1}; saw ${commands.map((c) => c.name).join(', ')}`,
          );
        return commands;
      },
      { timeoutMs: 10_000, intervalMs: 25 },
    );
  }
}
