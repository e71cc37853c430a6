import { percentile } from '../stats';

export interface LoadResult {
  requests: number;
  seconds: number;
  latencies: number[];
}

export interface LoadOptions {
  url: string;
  body: string;
  headers?: Record<string, string>;
  requests: number;
  concurrency: number;
  /** Throws when a response is not the expected one; every response is checked. */
  check: (status: number, text: string) => void;
}

/**
 * Sends `requests` POSTs with at most `concurrency` in flight over Node's fetch (undici, keep-alive),
 * checking every response. Bounded in count; loopback targets only.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.requests) {
      next += 1;
      const t = performance.now();
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: options.body,
      });
      const text = await response.text();
      latencies.push(performance.now() - t);
      options.check(response.status, text);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { requests: options.requests, seconds: (performance.now() - started) / 1000, latencies };
}

export function summary(result: LoadResult): { rps: number; p50: number; p99: number } {
  return {
    rps: result.requests / result.seconds,
    p50: percentile(result.latencies, 50),
    p99: percentile(result.latencies, 99),
  };
}

/** Option `--name value` from the command line, or the fallback. */
export function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}
