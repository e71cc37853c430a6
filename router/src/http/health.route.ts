import type { RequestHandler } from 'express';
import { serviceBaseUrl, type SubgraphEndpoint } from '../gateway/subgraph-endpoints';
import type { SubgraphBreakers, SubgraphStatus } from '../gateway/subgraph-breaker';
import { describeFailure } from '../gateway/subgraph-breaker';

interface Probe {
  ok: boolean;
  latencyMs: number;
  /** Why the probe failed: an HTTP status or an error code, never an address. */
  error: string | null;
}

async function probe(subgraph: SubgraphEndpoint, timeoutMs: number): Promise<Probe> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(`${serviceBaseUrl(subgraph.url)}/health`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    const ok = response.status === 200;
    return { ok, latencyMs: latency(), error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, latencyMs: latency(), error: describeFailure(error) };
  }
}

export interface SubgraphReport extends SubgraphStatus {
  status: 'up' | 'down';
  /** Round trip of the /health probe made for this report. */
  latencyMs: number;
  /** The probe's failure, or else the last failed call's. */
  lastError: string | null;
}

/**
 * The router is ready when it can serve: the supergraph is loaded (createRouter only returns once it is) and it
 * is not shutting down. A subgraph that is down does not make the router unready: its fields come back as
 * SUBGRAPH_UNAVAILABLE errors while the rest of each response is served. Used by /health and /health/ready.
 */
export function readinessRoute(isStopping: () => boolean): RequestHandler {
  return (_req, res) => {
    const ready = !isStopping();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', service: 'router' });
  };
}

/** Every subgraph: up or down (its /health within the timeout and a circuit not open), circuit state, latency. */
export function subgraphsHealthRoute(
  subgraphs: SubgraphEndpoint[],
  breakers: SubgraphBreakers,
  timeoutMs = 2_000,
): RequestHandler {
  return async (_req, res) => {
    const reports = await Promise.all(
      subgraphs.map(async (subgraph): Promise<[string, SubgraphReport]> => {
        const result = await probe(subgraph, timeoutMs);
        const breaker = breakers.status(subgraph.name);
        const up = result.ok && breaker.circuit !== 'open';
        return [
          subgraph.name,
          {
            ...breaker,
            status: up ? 'up' : 'down',
            latencyMs: result.latencyMs,
            lastError: result.error ?? breaker.lastError,
          },
        ];
      }),
    );
    const down = reports.filter(([, report]) => report.status === 'down').map(([name]) => name);
    res.status(200).json({
      status: down.length ? 'degraded' : 'ok',
      service: 'router',
      down,
      subgraphs: Object.fromEntries(reports),
    });
  };
}
