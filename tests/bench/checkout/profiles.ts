import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { printProfileSummary, summarizeCpuProfile } from '../support/cpu-profile';

/**
 * Where each service's CPU went, busiest first, from the .cpuprofile files `--profile` has every service write
 * into `<dir>/<service>/` when it stops, leaving out each profile's first `skipMs(service)` (its boot).
 */
export function printServiceProfiles(dir: string, skipMs: (service: string) => number, top = 15): void {
  const summaries = readdirSync(dir).flatMap((service) =>
    readdirSync(join(dir, service))
      .filter((file) => file.endsWith('.cpuprofile'))
      .map((file) => ({
        service,
        summary: summarizeCpuProfile(join(dir, service, file), skipMs(service), top),
      })),
  );
  summaries.sort((a, b) => b.summary.totalMs - a.summary.totalMs);
  for (const { service, summary } of summaries) printProfileSummary(service, summary, top);
  console.log(`\nprofiles kept in ${dir} (open them in Chrome DevTools)`);
}
