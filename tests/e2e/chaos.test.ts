import { describe, expect, it } from 'vitest';
import { runChaos } from '../chaos/run-chaos';

/**
 * Issue 12, CI-sized `npm run chaos`: the checkout path's services as separate processes, 20 customers at
 * once (some cards declined, some timing out once), while orders, payments and the router are SIGKILLed and
 * restarted in turn, the run's Redis keys are emptied and every session of its databases is ended. Every wait
 * is on a condition; the figures are printed, never asserted.
 */
describe('chaos: checkouts while processes die', () => {
  it('keeps every invariant across SIGKILLs of orders, payments and the router, an emptied Redis and ended Postgres sessions', async () => {
    const report = await runChaos({
      customers: 20,
      seed: 12,
      faults: ['orders', 'payments', 'router', 'redis', 'postgres'],
      pauseMs: 500,
      settleBoundMs: 150_000,
      subgraphs: ['users', 'products', 'inventory', 'cart', 'orders', 'payments', 'shipping', 'promotions'],
    });
    process.stdout.write(
      `chaos: ${report.orders} orders ${JSON.stringify(report.byStatus)}, recovery p50 ${report.recoveryMs.p50} ms max ${report.recoveryMs.max} ms (${report.recoveries.map((r) => `${r.fault} ${r.ms}`).join(', ')})\n`,
    );
    expect(report.violations).toEqual([]);
    expect(report.recoveries.map((r) => r.fault)).toEqual([
      'orders',
      'payments',
      'router',
      'redis',
      'postgres',
    ]);
    expect(report.orders).toBeGreaterThanOrEqual(20);
    expect(report.byStatus.CONFIRMED).toBeGreaterThan(0);
  }, 600_000);
});
