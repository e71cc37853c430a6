import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { ExportResultCode } from '@opentelemetry/core';
import { BatchSpanProcessor, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { startTelemetry } from '@msa/telemetry/sdk';
import { seed as seedProducts } from '@msa/products/seed';
import { ApiClient } from '../support/api';
import { mapLimit } from '../support/eventually';
import { formatMs, percentile } from './stats';

/**
 * `npm run bench:tracing [-- --requests 600 --concurrency 8]`: the cost of tracing on a catalog listing
 * (`products(first: 24)` through the router, in-process system). Runs the same pass in two child processes,
 * tracing off (no SDK) and on (SDK, every instrumentation, all spans sampled and batched to an exporter that
 * drops them, so the network is not measured), and prints both and their ratio.
 */
function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const LISTING = `query { products(first: 24) {
  totalCount
  nodes { id name slug priceRange { min { amount currency } max { amount currency } } variants { id sku inStock price { amount } } }
  pageInfo { hasNextPage endCursor } } }`;

/** Accepts and drops spans: the SDK's work is measured, an exporter's network is not. */
class DroppingExporter implements SpanExporter {
  spans = 0;
  export(spans: ReadableSpan[], done: (result: { code: ExportResultCode }) => void): void {
    this.spans += spans.length;
    done({ code: ExportResultCode.SUCCESS });
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

interface PassResult {
  tracing: boolean;
  rps: number;
  p50: number;
  p99: number;
  spansPerRequest: number;
  /** Requests answered with errors (e.g. the shared database refusing connections); not in the latencies. */
  failures: number;
  cpuMsPerRequest: number;
}

async function measure(tracing: boolean, requests: number, concurrency: number): Promise<PassResult> {
  const exporter = new DroppingExporter();
  const telemetry = tracing
    ? startTelemetry({
        serviceName: 'bench',
        sharedProcess: true,
        spanProcessors: [new BatchSpanProcessor(exporter, { maxQueueSize: 65_536 })],
      })
    : undefined;
  const { bootSupergraph } = await import('../support/boot-supergraph');
  // The listing costs many points; the rate limit is not what this measures.
  const system = await bootSupergraph({ rateLimitPoints: 100_000_000 });
  try {
    await seedProducts({ databaseUrl: system.databases.products!.url, log: () => {} });
    const api = new ApiClient(system.routerUrl);
    let failures = 0;
    const run = async (count: number) => {
      const latencies: number[] = [];
      const started = performance.now();
      await mapLimit(
        Array.from({ length: count }, (_, n) => n),
        concurrency,
        async () => {
          const t = performance.now();
          const response = await api.request(LISTING);
          if (response.errors?.length || !response.data) failures += 1;
          else latencies.push(performance.now() - t);
        },
      );
      return { latencies, seconds: (performance.now() - started) / 1000 };
    };
    await run(Math.min(100, requests)); // warm-up: plans, caches, JIT
    await telemetry?.forceFlush();
    const before = exporter.spans;
    const cpuBefore = process.cpuUsage();
    const { latencies, seconds } = await run(requests);
    const cpu = process.cpuUsage(cpuBefore);
    await telemetry?.forceFlush();
    return {
      tracing,
      rps: requests / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      spansPerRequest: (exporter.spans - before) / requests,
      failures,
      // CPU time of the whole system (one process) per request: less sensitive to a busy machine than latency.
      cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / requests,
    };
  } finally {
    await system.stop();
    await telemetry?.shutdown();
  }
}

const requests = option('requests', 600);
const concurrency = option('concurrency', 8);
const child = process.argv.indexOf('--pass');
if (child >= 0) {
  const result = await measure(process.argv[child + 1] === 'on', requests, concurrency);
  console.log(`RESULT ${JSON.stringify(result)}`);
  process.exit(0);
} else {
  const results: PassResult[] = [];
  for (const pass of ['off', 'on', 'off', 'on']) {
    const out = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        process.argv[1]!,
        '--pass',
        pass,
        '--requests',
        `${requests}`,
        '--concurrency',
        `${concurrency}`,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
    );
    const line = out.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) throw new Error(`pass ${pass} failed:\n${out.stdout}`);
    const result = JSON.parse(line.slice('RESULT '.length)) as PassResult;
    results.push(result);
    console.log(
      `tracing ${pass.padEnd(3)}  ${result.rps.toFixed(1).padStart(7)} req/s   p50 ${formatMs(result.p50)}   p99 ${formatMs(result.p99)}   ${result.cpuMsPerRequest.toFixed(1)} ms CPU/request   ${result.spansPerRequest.toFixed(1)} spans/request${result.failures ? `   ${result.failures} failed` : ''}`,
    );
  }
  const mean = (on: boolean, key: 'rps' | 'p50' | 'p99' | 'cpuMsPerRequest') => {
    const picked = results.filter((r) => r.tracing === on).map((r) => r[key]);
    return picked.reduce((a, b) => a + b, 0) / picked.length;
  };
  console.log(
    `on/off: CPU per request ×${(mean(true, 'cpuMsPerRequest') / mean(false, 'cpuMsPerRequest')).toFixed(2)}, throughput ×${(mean(true, 'rps') / mean(false, 'rps')).toFixed(2)}, p50 ×${(mean(true, 'p50') / mean(false, 'p50')).toFixed(2)}, p99 ×${(mean(true, 'p99') / mean(false, 'p99')).toFixed(2)} (${requests} requests, concurrency ${concurrency})`,
  );
}
