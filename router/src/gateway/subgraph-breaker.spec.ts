import { afterEach, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { Gauge, Registry } from 'prom-client';
import { createSubgraphBreakers, isSubgraphFailure, type SubgraphBreakers } from './subgraph-breaker';

const refused = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
const httpError = (status: number) => new GraphQLError(`${status}`, { extensions: { response: { status } } });

async function waitFor(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('subgraph circuit breakers', () => {
  let breakers: SubgraphBreakers | undefined;
  const registry = new Registry();
  const gauge = new Gauge({
    name: 'router_subgraph_circuit_state',
    help: 'test',
    labelNames: ['subgraph'],
    registers: [registry],
  });
  const gaugeOf = async (subgraph: string) =>
    (await gauge.get()).values.find((v) => v.labels.subgraph === subgraph)?.value;
  afterEach(() => breakers?.shutdown());

  it('counts unreachable subgraphs and 5xx as failures, bad requests and GraphQL errors as not', () => {
    expect(isSubgraphFailure(refused())).toBe(true);
    expect(isSubgraphFailure(httpError(503))).toBe(true);
    expect(isSubgraphFailure(httpError(400))).toBe(false);
    expect(isSubgraphFailure(new GraphQLError('Bad', { extensions: { code: 'BAD_USER_INPUT' } }))).toBe(
      false,
    );
  });

  it('turns an unreachable subgraph into SUBGRAPH_UNAVAILABLE, naming the cause but no address', async () => {
    breakers = createSubgraphBreakers(gauge);
    const error = await breakers
      .guard('reviews')(() => Promise.reject(refused()))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect((error as GraphQLError).message).toMatch(/reviews.*ECONNREFUSED/);
    expect(breakers.status('reviews')).toMatchObject({ circuit: 'closed', lastError: 'ECONNREFUSED' });
  });

  it('opens after repeated failures, refuses at once without calling, and closes after a good probe', async () => {
    breakers = createSubgraphBreakers(gauge, { volumeThreshold: 3, resetTimeoutMs: 30 });
    const guard = breakers.guard('search');
    for (let i = 0; i < 3; i++) await guard(() => Promise.reject(refused())).catch(() => undefined);
    expect(breakers.status('search').circuit).toBe('open');
    expect(await gaugeOf('search')).toBe(2);

    let called = false;
    const refusedFast = await guard(async () => {
      called = true;
      return 'never';
    }).catch((e: unknown) => e);
    expect(called).toBe(false);
    expect((refusedFast as GraphQLError).extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect((refusedFast as GraphQLError).message).toMatch(/circuit open/);

    await waitFor(() => breakers!.status('search').circuit === 'half-open');
    expect(await gaugeOf('search')).toBe(1);
    expect(await guard(async () => 'back')).toBe('back');
    expect(breakers.status('search').circuit).toBe('closed');
    expect(await gaugeOf('search')).toBe(0);
  });

  it('leaves the circuit closed for client errors, which pass through unchanged', async () => {
    breakers = createSubgraphBreakers(gauge, { volumeThreshold: 2 });
    const guard = breakers.guard('users');
    const bad = new GraphQLError('Invalid DateTime', { extensions: { code: 'BAD_USER_INPUT' } });
    for (let i = 0; i < 5; i++)
      expect(await guard(() => Promise.reject(bad)).catch((e: unknown) => e)).toBe(bad);
    expect(breakers.status('users').circuit).toBe('closed');
  });

  it('fails a call past the deadline with SUBGRAPH_UNAVAILABLE, aborts it and counts it as a failure', async () => {
    breakers = createSubgraphBreakers(gauge, { callTimeoutMs: 50, volumeThreshold: 1 });
    let signal: AbortSignal | undefined;
    const error = await breakers
      .guard('inventory')(
        (callSignal) =>
          new Promise((_resolve, reject) => {
            signal = callSignal;
            callSignal.addEventListener('abort', () => reject(callSignal.reason));
          }),
      )
      .catch((e: unknown) => e);
    expect((error as GraphQLError).extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect((error as GraphQLError).message).toBe(
      'The inventory service is unavailable (no answer within 50 ms)',
    );
    expect(signal?.aborted).toBe(true);
    expect(breakers.status('inventory')).toMatchObject({ circuit: 'open', lastError: 'TIMEOUT' });
  });
});
