import { formatMs } from '../stats';
import type { HopFigures } from './hop-breakdown';

const COLUMNS = ['per order', 'written→claimed', 'claimed→queued', 'queued→taken', 'handled', 'written→done'];

/** The per-hop table: medians of each leg, hops in the order they first happened. */
export function printHopBreakdown(hops: readonly HopFigures[], orders: number): void {
  const width = Math.max(40, ...hops.map((h) => h.hop.length));
  const row = (hop: string, cells: string[]) =>
    console.log(`  ${hop.padEnd(width)} ${cells.map((c, n) => c.padStart(COLUMNS[n]!.length)).join('  ')}`);
  console.log('');
  console.log('per hop (medians; "written" is the start of the transaction that wrote the outbox row)');
  row('sender → queue  message', COLUMNS);
  for (const hop of hops)
    row(hop.hop, [
      (hop.deliveries / orders).toFixed(2),
      ...[hop.claimedMs, hop.enqueuedMs, hop.queuedMs, hop.handledMs, hop.totalMs].map(formatMs),
    ]);
}
