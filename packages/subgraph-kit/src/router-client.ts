import CircuitBreaker from 'opossum';
import { Gauge } from 'prom-client';
import { processRegistry } from '@msa/telemetry';
import { UpstreamUnavailableError } from './errors';

/** The gauge values of `msa_router_client_circuit_state`. */
const STATE_VALUE = { closed: 0, 'half-open': 1, open: 2 } as const;

const circuitState = new Gauge({
  name: 'msa_router_client_circuit_state',
  help: "State of the circuit breaker in front of a service's reads through the router, by caller: 0 closed, 1 half-open (probing), 2 open (reads refused at once).",
  labelNames: ['caller'],
  registers: [processRegistry],
});

export interface RouterClientBreakerSettings {
  /** Failed share of recent reads (percent) that opens the circuit. */
  errorThresholdPercentage: number;
  /** Reads needed in the rolling window before the circuit may open at all. */
  volumeThreshold: number;
  /** How long an open circuit refuses reads before letting one through as a probe. */
  resetTimeoutMs: number;
  rollingWindowMs: number;
  /**
   * Deadline of one read, answer body included: a read still running then is aborted, refused with
   * RouterUnavailableError and counted as a failure.
   */
  timeoutMs: number;
}

export const DEFAULT_ROUTER_CLIENT_BREAKER: RouterClientBreakerSettings = {
  errorThresholdPercentage: 50,
  volumeThreshold: 5,
  resetTimeoutMs: 5_000,
  rollingWindowMs: 10_000,
  timeoutMs: 5_000,
};

/** The router could not be used: unreachable, timed out, answered 5xx, or its circuit is open. */
export class RouterUnavailableError extends UpstreamUnavailableError {
  constructor(
    message: string,
    readonly circuitOpen: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, 'A service this answer needs is unavailable right now; try again shortly.', options);
  }
}

export interface RouterClientOptions {
  routerUrl: string;
  /** Who is calling, for the metric label: a fixed name such as "orders.checkout-read". */
  caller: string;
  breaker?: Partial<RouterClientBreakerSettings>;
}

export interface RouterClient {
  /**
   * POSTs to the router through the circuit; throws RouterUnavailableError when the router is unwell or has
   * not answered within the deadline. The answer's body is already read: `json()` does not wait on the router.
   */
  post(init: RequestInit): Promise<Response>;
  /** The router's GraphQL endpoint. */
  readonly url: string;
  readonly state: 'closed' | 'open' | 'half-open';
  shutdown(): void;
}

/**
 * A service's reads through the router, behind an opossum circuit breaker: after repeated failures
 * (unreachable, past the deadline, 5xx) reads are refused at once instead of each waiting for its deadline, and
 * after `resetTimeoutMs` one read probes whether the router is back. GraphQL errors in a 2xx or 4xx answer are
 * the caller's business and leave the circuit alone.
 *
 * The breaker's `timeoutMs` is the read's only deadline: it covers the answer's body (read here, before the
 * response is handed over) and aborts the request when it passes. A caller's own `signal` still cancels early.
 */
export function createRouterClient(options: RouterClientOptions): RouterClient {
  const settings = { ...DEFAULT_ROUTER_CLIENT_BREAKER, ...options.breaker };
  const breaker = new CircuitBreaker(
    async (init: RequestInit, deadline: AbortController): Promise<Response> => {
      const signal = init.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
      const response = await fetch(options.routerUrl, { ...init, signal });
      if (response.status >= 500) {
        await response.body?.cancel();
        throw new RouterUnavailableError(`The router answered HTTP ${response.status}`, false);
      }
      const body = await response.arrayBuffer();
      return new Response(body, { status: response.status, headers: response.headers });
    },
    {
      name: options.caller,
      timeout: settings.timeoutMs,
      errorThresholdPercentage: settings.errorThresholdPercentage,
      volumeThreshold: settings.volumeThreshold,
      resetTimeout: settings.resetTimeoutMs,
      rollingCountTimeout: settings.rollingWindowMs,
      rollingCountBuckets: 10,
    },
  );
  const label = { caller: options.caller };
  const record = (state: keyof typeof STATE_VALUE) => circuitState.set(label, STATE_VALUE[state]);
  breaker.on('open', () => record('open'));
  breaker.on('halfOpen', () => record('half-open'));
  breaker.on('close', () => record('closed'));
  // A read past the deadline is refused by the breaker (a failure); its request must not keep running.
  breaker.on('failure', (error, _latencyMs, [, deadline]) => {
    if ((error as { code?: unknown }).code === 'ETIMEDOUT') deadline.abort();
  });
  record('closed');

  return {
    url: options.routerUrl,
    async post(init) {
      try {
        return await breaker.fire({ ...init, method: 'POST' }, new AbortController());
      } catch (error) {
        if (error instanceof RouterUnavailableError) throw error;
        const code = (error as { code?: unknown }).code;
        if (code === 'EOPENBREAKER')
          throw new RouterUnavailableError(
            `The router at ${options.routerUrl} is unavailable (circuit open after repeated failures)`,
            true,
          );
        if (code === 'ETIMEDOUT')
          throw new RouterUnavailableError(
            `The router at ${options.routerUrl} did not answer within ${settings.timeoutMs} ms`,
            false,
            { cause: error },
          );
        throw new RouterUnavailableError(`Could not reach the router at ${options.routerUrl}`, false, {
          cause: error,
        });
      }
    },
    get state() {
      if (breaker.opened) return 'open';
      if (breaker.halfOpen) return 'half-open';
      return 'closed';
    },
    shutdown() {
      breaker.shutdown();
    },
  };
}
