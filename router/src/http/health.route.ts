import type { RequestHandler } from 'express';
import { serviceBaseUrl, type SubgraphEndpoint } from '../gateway/subgraph-endpoints';

async function probe(subgraph: SubgraphEndpoint, timeoutMs: number): Promise<string> {
  try {
    const response = await fetch(`${serviceBaseUrl(subgraph.url)}/health`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return response.status === 200 ? 'ok' : `failing: HTTP ${response.status}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return `failing: ${cause?.code ?? cause?.message ?? (error as Error).name}`;
  }
}

/** Ready only when every subgraph reports healthy; otherwise 503 naming the ones that are not. */
export function healthRoute(subgraphs: SubgraphEndpoint[], timeoutMs = 2_000): RequestHandler {
  return async (_req, res) => {
    const results = await Promise.all(
      subgraphs.map(async (s) => [s.name, await probe(s, timeoutMs)] as const),
    );
    const healthy = results.every(([, status]) => status === 'ok');
    res.status(healthy ? 200 : 503).json({
      status: healthy ? 'ok' : 'unavailable',
      service: 'router',
      healthy,
      checks: Object.fromEntries(results),
    });
  };
}
