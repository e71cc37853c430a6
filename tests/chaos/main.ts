import { cpus, loadavg } from 'node:os';
import { DEFAULT_FAULTS, type FaultName } from './faults';
import { runChaos, type ChaosReport } from './run-chaos';

/**
 * `npm run chaos [-- --customers 100 --seed 1 --faults orders,router,redis --pause-ms 2000 --bound-ms 120000]`
 * (or CHAOS_CUSTOMERS, CHAOS_SEED, CHAOS_FAULTS, CHAOS_PAUSE_MS, CHAOS_BOUND_MS): the supergraph as separate
 * processes under concurrent checkouts while each fault is injected in turn; prints the figures and exits
 * non-zero on any broken invariant.
 */
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  if (index >= 0 && process.argv[index + 1]) return process.argv[index + 1]!;
  return process.env[`CHAOS_${name.toUpperCase().replace(/-/g, '_')}`] ?? fallback;
}

function positive(name: string, fallback: number): number {
  const value = Number(option(name, String(fallback)));
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`--${name} must be a whole number, got "${option(name, '')}"`);
  return value;
}

function faults(): FaultName[] {
  const names = option('faults', DEFAULT_FAULTS.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const known = new Set<string>([
    ...DEFAULT_FAULTS,
    'users',
    'products',
    'cart',
    'reviews',
    'search',
    'notifications',
  ]);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length)
    throw new Error(`unknown fault(s) ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
  return names as FaultName[];
}

function print(report: ChaosReport, started: number): void {
  const rows: [string, string][] = [
    ['rounds × customers', `${report.rounds} × ${report.checkouts / Math.max(1, report.rounds)}`],
    ['orders', `${report.orders} ${JSON.stringify(report.byStatus)}`],
    ['payments refunded', String(report.refunds)],
    [
      'order settled (placed → out of PENDING)',
      `p50 ${report.settleMs.p50.toFixed(0)} ms, max ${report.settleMs.max.toFixed(0)} ms`,
    ],
    ...report.recoveries.map((r): [string, string] => [`recovery after ${r.fault}`, `${r.ms} ms`]),
    ['recovery per fault', `p50 ${report.recoveryMs.p50} ms, max ${report.recoveryMs.max} ms`],
    ['violations', String(report.violations.length)],
    ['wall time', `${((Date.now() - started) / 1000).toFixed(0)} s`],
  ];
  for (const [label, value] of rows) console.log(`${label.padEnd(42)} ${value}`);
  for (const violation of report.violations) console.log(`  ✖ ${violation}`);
}

async function main() {
  const started = Date.now();
  const options = {
    customers: positive('customers', 100),
    seed: positive('seed', 1),
    faults: faults(),
    pauseMs: positive('pause-ms', 2_000),
    settleBoundMs: positive('bound-ms', 120_000),
  };
  console.log(
    `chaos — ${options.customers} customers, seed ${options.seed}, faults ${options.faults.join(' → ')} (${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)})`,
  );
  const report = await runChaos({ ...options, log: (line) => console.log(`  ${line}`) });
  print(report, started);
  process.exitCode = report.violations.length ? 1 : 0;
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
