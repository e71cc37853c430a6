import { Registry } from 'prom-client';

/**
 * Metrics of the process rather than of one HTTP server: queues, outbox relays, saga steps and business
 * counters. Every server of the process (subgraph kit, router) serves them on its /metrics beside its own.
 */
export const processRegistry = new Registry();

/** Keeps a label value from an open set (codes, reasons) bounded: anything unexpected becomes `fallback`. */
export function boundedLabel(value: unknown, fallback = 'OTHER'): string {
  return typeof value === 'string' && /^[A-Z][A-Z0-9_]{0,39}$/.test(value) ? value : fallback;
}
