import CircuitBreaker from 'opossum';
import { GraphQLError } from 'graphql';
import type { Gauge } from 'prom-client';

export type CircuitState = 'closed' | 'open' | 'half-open';

/** The gauge values of `router_subgraph_circuit_state`. */
export const CIRCUIT_STATE_VALUE: Record<CircuitState, number> = { closed: 0, 'half-open': 1, open: 2 };

export interface BreakerSettings {
  /** Failed share of recent calls (percent) that opens the circuit. */
  errorThresholdPercentage: number;
  /** Calls needed in the rolling window before the circuit may open at all. */
  volumeThreshold: number;
  /** How long an open circuit refuses calls before letting one probe through (half-open). */
  resetTimeoutMs: number;
  /** The window over which failures are counted. */
  rollingWindowMs: number;
  /**
   * Deadline of one call: a call still running then is aborted and fails with SUBGRAPH_UNAVAILABLE, counted
   * as a failure. Above the slowest legitimate call (checkout waits up to its settle timeout).
   */
  callTimeoutMs: number;
}

export const DEFAULT_BREAKER_SETTINGS: BreakerSettings = {
  errorThresholdPercentage: 50,
  volumeThreshold: 5,
  resetTimeoutMs: 5_000,
  rollingWindowMs: 10_000,
  callTimeoutMs: 30_000,
};

export interface SubgraphStatus {
  circuit: CircuitState;
  /** What the last failed call ran into (an error code or HTTP status, never an address). */
  lastError: string | null;
  lastErrorAt: string | null;
  /** Duration of the last call that reached the subgraph, successful or not. */
  lastLatencyMs: number | null;
}

/**
 * Runs a subgraph call through that subgraph's circuit. `signal` aborts when the call's deadline passes; the
 * call passes it on to its request so nothing keeps running after SUBGRAPH_UNAVAILABLE was answered.
 */
export type SubgraphGuard = <T>(call: (signal: AbortSignal) => Promise<T>) => Promise<T>;

export interface SubgraphBreakers {
  guard(subgraph: string): SubgraphGuard;
  status(subgraph: string): SubgraphStatus;
  shutdown(): void;
}

const UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';
/** The code of opossum's error for a call past the deadline. */
const TIMED_OUT = 'ETIMEDOUT';

/** HTTP status of an error thrown by RemoteGraphQLDataSource for a non-2xx answer, if it is one. */
function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { extensions?: { response?: { status?: unknown } } })?.extensions?.response
    ?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * A failure that says the subgraph itself is unwell: it could not be reached, timed out, or answered 5xx. A 4xx
 * is the request's fault and leaves the circuit alone.
 */
export function isSubgraphFailure(error: unknown): boolean {
  if (error instanceof GraphQLError && error.extensions?.code === UNAVAILABLE) return true;
  const status = httpStatusOf(error);
  if (status !== undefined) return status >= 500;
  return !(error instanceof GraphQLError);
}

/** A short, address-free description of a failure for /health/subgraphs. */
export function describeFailure(error: unknown): string {
  if ((error as { code?: unknown })?.code === TIMED_OUT) return 'TIMEOUT';
  const status = httpStatusOf(error);
  if (status !== undefined) return `HTTP ${status}`;
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : (error as { code?: unknown })?.code;
  if (typeof code === 'string') return code;
  return (error as Error)?.name ?? 'Error';
}

function unavailable(subgraph: string, reason: string, cause?: unknown): GraphQLError {
  return new GraphQLError(`The ${subgraph} service is unavailable (${reason})`, {
    extensions: { code: UNAVAILABLE, service: subgraph },
    ...(cause instanceof Error ? { originalError: cause } : {}),
  });
}

function stateOf(breaker: CircuitBreaker): CircuitState {
  if (breaker.opened) return 'open';
  if (breaker.halfOpen) return 'half-open';
  return 'closed';
}

/**
 * One opossum circuit breaker per subgraph. Repeated failures open a subgraph's circuit: calls to it are then
 * refused at once with SUBGRAPH_UNAVAILABLE (the rest of the response is still served) until, after
 * `resetTimeoutMs`, one call is let through as a probe; its success closes the circuit again. A subgraph that
 * cannot be reached or answers 5xx also yields SUBGRAPH_UNAVAILABLE while the circuit is still closed.
 *
 * The breaker's timeout is each call's only deadline (the HTTP client sets none): past `callTimeoutMs` the
 * call fails with SUBGRAPH_UNAVAILABLE, counts as a failure, and its signal aborts the request.
 */
export function createSubgraphBreakers(
  stateGauge: Gauge<'subgraph'>,
  settings: Partial<BreakerSettings> = {},
): SubgraphBreakers {
  const options = { ...DEFAULT_BREAKER_SETTINGS, ...settings };
  const circuits = new Map<string, { breaker: CircuitBreaker; status: SubgraphStatus }>();

  function circuitOf(subgraph: string) {
    const existing = circuits.get(subgraph);
    if (existing) return existing;
    const breaker = new CircuitBreaker(
      (call: (signal: AbortSignal) => Promise<unknown>, deadline: AbortController) => call(deadline.signal),
      {
        name: subgraph,
        timeout: options.callTimeoutMs,
        errorThresholdPercentage: options.errorThresholdPercentage,
        volumeThreshold: options.volumeThreshold,
        resetTimeout: options.resetTimeoutMs,
        rollingCountTimeout: options.rollingWindowMs,
        rollingCountBuckets: 10,
        // Errors the filter accepts count as successes: a refused bad request says nothing about the subgraph.
        errorFilter: (error: unknown) => !isSubgraphFailure(error),
      },
    );
    const status: SubgraphStatus = {
      circuit: 'closed',
      lastError: null,
      lastErrorAt: null,
      lastLatencyMs: null,
    };
    const record = (state: CircuitState) => {
      status.circuit = state;
      stateGauge.set({ subgraph }, CIRCUIT_STATE_VALUE[state]);
    };
    breaker.on('open', () => record('open'));
    breaker.on('halfOpen', () => record('half-open'));
    breaker.on('close', () => record('closed'));
    // A call past the deadline is refused by the breaker (a failure); its request must not keep running.
    breaker.on('failure', (error, _latencyMs, [, deadline]) => {
      if ((error as { code?: unknown }).code === TIMED_OUT) deadline.abort();
    });
    breaker.on('success', (_result: unknown, latencyMs: number) => (status.lastLatencyMs = latencyMs));
    breaker.on('failure', (error: unknown, latencyMs: number) => {
      status.lastLatencyMs = latencyMs;
      status.lastError = describeFailure(error);
      status.lastErrorAt = new Date().toISOString();
    });
    record('closed');
    const circuit = { breaker, status };
    circuits.set(subgraph, circuit);
    return circuit;
  }

  return {
    guard(subgraph) {
      const { breaker } = circuitOf(subgraph);
      return async <T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> => {
        try {
          return (await breaker.fire(call, new AbortController())) as T;
        } catch (error) {
          const code = (error as { code?: unknown }).code;
          if (code === 'EOPENBREAKER') throw unavailable(subgraph, 'circuit open after repeated failures');
          if (code === TIMED_OUT)
            throw unavailable(subgraph, `no answer within ${options.callTimeoutMs} ms`, error);
          if (
            isSubgraphFailure(error) &&
            !(error instanceof GraphQLError && error.extensions?.code === UNAVAILABLE)
          )
            throw unavailable(subgraph, describeFailure(error), error);
          throw error;
        }
      };
    },
    status(subgraph) {
      const { breaker, status } = circuitOf(subgraph);
      return { ...status, circuit: stateOf(breaker) };
    },
    shutdown() {
      for (const { breaker } of circuits.values()) breaker.shutdown();
      circuits.clear();
    },
  };
}
