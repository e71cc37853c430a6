import type { SubgraphEndpoint } from '../gateway/subgraph-endpoints';

export interface SubgraphSdl extends SubgraphEndpoint {
  sdl: string;
}

export interface SdlSource extends SubgraphEndpoint {
  /** Where to fetch the SDL when it differs from the `url` recorded in the supergraph (env overrides). */
  fetchUrl?: string;
}

/** Raised when one or more subgraphs could not be asked for their SDL; lists every one that failed. */
export class SubgraphsUnreachableError extends Error {
  constructor(readonly failures: { name: string; url: string; reason: string }[]) {
    super(
      `Could not fetch the schema of ${failures.length} subgraph(s):\n` +
        failures.map((f) => `  - ${f.name} at ${f.url}: ${f.reason}`).join('\n') +
        '\nStart them (npm run dev) or point <NAME>_URL at them, then retry.',
    );
    this.name = 'SubgraphsUnreachableError';
  }
}

async function fetchSdl(url: string, timeoutMs: number): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: { _service?: { sdl?: string } };
    errors?: { message: string }[];
  } | null;
  const sdl = body?.data?._service?.sdl;
  if (sdl) return sdl;
  throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status} without a _service SDL`);
}

function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code || cause?.message) return cause.code ?? cause.message!;
  if ((error as Error).name === 'TimeoutError') return 'timed out';
  return (error as Error).message;
}

/** Asks each subgraph for its federation SDL (`_service { sdl }`), all at once. */
export async function fetchSubgraphSdls(subgraphs: SdlSource[], timeoutMs = 5_000): Promise<SubgraphSdl[]> {
  const results = await Promise.allSettled(subgraphs.map((s) => fetchSdl(s.fetchUrl ?? s.url, timeoutMs)));
  const failures = results.flatMap((result, i) =>
    result.status === 'rejected'
      ? [
          {
            name: subgraphs[i]!.name,
            url: subgraphs[i]!.fetchUrl ?? subgraphs[i]!.url,
            reason: reasonOf(result.reason),
          },
        ]
      : [],
  );
  if (failures.length) throw new SubgraphsUnreachableError(failures);
  return subgraphs.map((s, i) => ({
    name: s.name,
    url: s.url,
    sdl: (results[i] as PromiseFulfilledResult<string>).value,
  }));
}
