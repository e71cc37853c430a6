import type { Queue } from 'bullmq';
import { Counter, Gauge, Histogram } from 'prom-client';
import { boundedLabel, processRegistry } from '@msa/telemetry';
import { DEAD_LETTER_QUEUE } from './queues';

/**
 * Messaging metrics, served by every server of the process (see @msa/telemetry processRegistry). Labels are
 * bounded: queue names and job names come from the catalog, outcomes and states are fixed lists, codes and
 * reasons are upper-case identifiers or OTHER.
 */

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
const watchedQueues = new Map<string, Queue>();
const watchedOutboxes = new Map<string, () => Promise<{ pending: number; lagSeconds: number }>>();

/** Counts of the queues this process consumes, read from Redis at scrape time. */
export function watchQueue(queue: Queue): () => void {
  watchedQueues.set(queue.name, queue);
  return () => {
    if (watchedQueues.get(queue.name) === queue) watchedQueues.delete(queue.name);
  };
}

/** An outbox this process relays; `probe` reads its backlog at scrape time. */
export function watchOutbox(
  outbox: string,
  probe: () => Promise<{ pending: number; lagSeconds: number }>,
): () => void {
  watchedOutboxes.set(outbox, probe);
  return () => {
    if (watchedOutboxes.get(outbox) === probe) watchedOutboxes.delete(outbox);
  };
}

async function queueSnapshots() {
  return Promise.all(
    [...watchedQueues.values()].map(async (queue) => {
      try {
        const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'failed');
        const [oldest] = await queue.getJobs(['wait'], 0, 0, true);
        return { queue: queue.name, counts, oldest: oldest?.timestamp };
      } catch {
        return null; // Redis unreachable: the queue is left out of this scrape rather than failing it.
      }
    }),
  );
}

new Gauge({
  name: 'msa_queue_jobs',
  help: 'Jobs in a BullMQ queue this process consumes, by state (waiting, active, delayed, failed).',
  labelNames: ['queue', 'state'],
  registers: [processRegistry],
  async collect() {
    this.reset();
    for (const snapshot of await queueSnapshots()) {
      if (!snapshot) continue;
      for (const state of JOB_STATES) {
        const count = snapshot.counts[state === 'waiting' ? 'wait' : state] ?? 0;
        this.set({ queue: snapshot.queue, state }, count);
      }
    }
  },
});

new Gauge({
  name: 'msa_queue_oldest_job_age_seconds',
  help: 'Age of the oldest job waiting in a queue this process consumes (0 when none waits).',
  labelNames: ['queue'],
  registers: [processRegistry],
  async collect() {
    this.reset();
    for (const snapshot of await queueSnapshots()) {
      if (!snapshot) continue;
      const age = snapshot.oldest ? Math.max(0, (Date.now() - snapshot.oldest) / 1000) : 0;
      this.set({ queue: snapshot.queue }, age);
    }
  },
});

new Gauge({
  name: 'msa_dead_letter_jobs',
  help: 'Jobs in the dead-letter queue (exhausted or unrecoverable messages awaiting an admin).',
  registers: [processRegistry],
  async collect() {
    this.reset();
    const queue = watchedQueues.get(DEAD_LETTER_QUEUE);
    if (!queue) return;
    try {
      const counts = await queue.getJobCounts('wait', 'delayed');
      this.set(Object.values(counts).reduce((sum, n) => sum + n, 0));
    } catch {
      // Redis unreachable: no sample this scrape.
    }
  },
});

/** Handling time of one job attempt by outcome: completed, retry (will be attempted again), dead_lettered. */
export const jobDuration = new Histogram({
  name: 'msa_queue_job_duration_seconds',
  help: 'Time a handler took for one job attempt, by queue, job name and outcome.',
  labelNames: ['queue', 'name', 'outcome'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [processRegistry],
});

/** From the outbox commit of a message to the end of its successful handling (relay + queue wait + handler). */
export const messageLatency = new Histogram({
  name: 'msa_message_latency_seconds',
  help: 'Time from the outbox commit of a message to its successful handling, by queue and message name.',
  labelNames: ['queue', 'name'],
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  registers: [processRegistry],
});

new Gauge({
  name: 'msa_outbox_pending_messages',
  help: 'Outbox rows committed but not yet published to the queues, per service outbox.',
  labelNames: ['outbox'],
  registers: [processRegistry],
  async collect() {
    this.reset();
    for (const [outbox, probe] of watchedOutboxes) {
      const backlog = await probe().catch(() => null);
      if (backlog) this.set({ outbox }, backlog.pending);
    }
  },
});

new Gauge({
  name: 'msa_outbox_lag_seconds',
  help: 'Age of the oldest unpublished outbox row per service outbox (0 when everything is published).',
  labelNames: ['outbox'],
  registers: [processRegistry],
  async collect() {
    this.reset();
    for (const [outbox, probe] of watchedOutboxes) {
      const backlog = await probe().catch(() => null);
      if (backlog) this.set({ outbox }, backlog.lagSeconds);
    }
  },
});

export const outboxPublished = new Counter({
  name: 'msa_outbox_published_total',
  help: 'Outbox messages published to their queues, per service outbox and kind (event, command).',
  labelNames: ['outbox', 'kind'],
  registers: [processRegistry],
});

const outboxRedriven = new Counter({
  name: 'msa_outbox_redriven_total',
  help: 'Published outbox messages added to a queue again because Redis had lost the queues, per service outbox and queue.',
  labelNames: ['outbox', 'queue'],
  registers: [processRegistry],
});

/** Called by the relay after it re-drove messages into `queue` (see outbox-redrive.ts). */
export function recordRedriven(outbox: string, queue: string, count: number): void {
  outboxRedriven.inc({ outbox, queue }, count);
}

/**
 * Which saga step a command or reply belongs to (the checkout saga orchestrated by orders), as metric labels
 * in the owning services' processes. Orders' steps declare their replies; a spec there checks these agree.
 */
export const SAGA_STEP_COMMANDS: Readonly<Record<string, string>> = {
  'inventory.reserve': 'reserve-inventory',
  'promotions.redeem': 'redeem-promotions',
  'payments.authorize': 'authorize-payment',
  'payments.capture': 'capture-payment',
  'shipping.create_shipment': 'create-shipment',
};
export const SAGA_STEP_REPLIES: Readonly<
  Record<string, readonly [step: string, outcome: 'succeeded' | 'failed']>
> = {
  'inventory.reserved': ['reserve-inventory', 'succeeded'],
  'inventory.reservation_failed': ['reserve-inventory', 'failed'],
  'promotions.redeemed': ['redeem-promotions', 'succeeded'],
  'promotions.redemption_failed': ['redeem-promotions', 'failed'],
  'payment.authorized': ['authorize-payment', 'succeeded'],
  'payment.authorization_failed': ['authorize-payment', 'failed'],
  'payment.captured': ['capture-payment', 'succeeded'],
  'payment.capture_failed': ['capture-payment', 'failed'],
  'shipment.created': ['create-shipment', 'succeeded'],
  'shipment.creation_failed': ['create-shipment', 'failed'],
};

const sagaStepDuration = new Histogram({
  name: 'msa_saga_step_duration_seconds',
  help: 'Checkout saga steps: from the step command commit to its handling by the owning service, by step.',
  labelNames: ['step'],
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  registers: [processRegistry],
});

const sagaStepOutcomes = new Counter({
  name: 'msa_saga_step_outcomes_total',
  help: 'Checkout saga step results (the reply events owners publish), by step and outcome.',
  labelNames: ['step', 'outcome'],
  registers: [processRegistry],
});

const ordersPlaced = new Counter({
  name: 'msa_orders_placed_total',
  help: 'Orders placed (checkout accepted, saga started).',
  registers: [processRegistry],
});
const ordersConfirmed = new Counter({
  name: 'msa_orders_confirmed_total',
  help: 'Orders confirmed (checkout saga completed).',
  registers: [processRegistry],
});
const ordersCancelled = new Counter({
  name: 'msa_orders_cancelled_total',
  help: 'Orders cancelled, by cancellation reason (OUT_OF_STOCK, PAYMENT_DECLINED, …).',
  labelNames: ['reason'],
  registers: [processRegistry],
});
const revenue = new Counter({
  name: 'msa_revenue_minor_units_total',
  help: 'Captured payments in minor units (cents), by currency.',
  labelNames: ['currency'],
  registers: [processRegistry],
});
const refunded = new Counter({
  name: 'msa_refunded_minor_units_total',
  help: 'Refunded payments in minor units (cents), by currency.',
  labelNames: ['currency'],
  registers: [processRegistry],
});
const paymentDeclines = new Counter({
  name: 'msa_payment_declines_total',
  help: 'Payment authorizations declined, by decline code (CARD_DECLINED, INSUFFICIENT_FUNDS, …).',
  labelNames: ['code'],
  registers: [processRegistry],
});

/** Called by a worker after a job was handled successfully. */
export function recordHandled(queue: string, name: string, occurredAt: unknown): void {
  const committed = typeof occurredAt === 'string' ? Date.parse(occurredAt) : Number.NaN;
  if (Number.isNaN(committed)) return;
  const seconds = Math.max(0, (Date.now() - committed) / 1000);
  messageLatency.observe({ queue, name }, seconds);
  const step = SAGA_STEP_COMMANDS[name];
  if (step) sagaStepDuration.observe({ step }, seconds);
}

/**
 * Called by the relay for each message it published: business counters and saga step outcomes follow the
 * domain events (published at least once: a relay crash between enqueue and commit can count one twice).
 */
export function recordPublished(outbox: string, kind: string, name: string, payload: unknown): void {
  outboxPublished.inc({ outbox, kind: kind === 'command' ? 'command' : 'event' });
  if (kind !== 'event') return;
  const fields = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  const reply = SAGA_STEP_REPLIES[name];
  if (reply) sagaStepOutcomes.inc({ step: reply[0], outcome: reply[1] });
  const currency = boundedLabel(fields.currency, 'XXX');
  switch (name) {
    case 'order.placed':
      ordersPlaced.inc();
      break;
    case 'order.status_changed':
      if (fields.to === 'CONFIRMED') ordersConfirmed.inc();
      if (fields.to === 'CANCELLED') ordersCancelled.inc({ reason: boundedLabel(fields.reason, 'UNKNOWN') });
      break;
    case 'payment.captured':
      if (typeof fields.amount === 'number') revenue.inc({ currency }, fields.amount);
      break;
    case 'payment.refunded':
      if (typeof fields.amount === 'number') refunded.inc({ currency }, fields.amount);
      break;
    case 'payment.authorization_failed':
      paymentDeclines.inc({ code: boundedLabel(fields.code) });
      break;
  }
}

const watchdogActions = new Counter({
  name: 'msa_saga_watchdog_actions_total',
  help: 'What saga watchdogs did about overdue answers, by saga, step, phase (reply, compensation, retry) and outcome (resent, gave_up, lapsed).',
  labelNames: ['saga', 'step', 'phase', 'outcome'],
  registers: [processRegistry],
});

/**
 * Called by a saga watchdog for each overdue answer it dealt with. Saga and step names come from the saga
 * definitions, phase and outcome from fixed lists, so the labels stay bounded.
 */
export function recordWatchdogAction(
  saga: string,
  step: string,
  phase: 'reply' | 'compensation' | 'retry',
  outcome: 'resent' | 'gave-up' | 'lapsed',
): void {
  watchdogActions.inc({ saga, step, phase, outcome: outcome.replace('-', '_') });
}
