import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { processRegistry } from '@msa/telemetry';
import { createRouterClient, RouterUnavailableError } from '../src/router-client';

/**
 * A stand-in router that answers with whatever status the test sets, counting the requests it got. `hang`
 * never answers (`headers`) or sends the headers and never finishes the body (`body`); `aborted` counts the
 * requests whose caller gave up before the answer was complete.
 */
function fakeRouter() {
  const state = { status: 200, requests: 0, hang: null as 'headers' | 'body' | null, aborted: 0 };
  const server: Server = createServer((req, res) => {
    state.requests++;
    req.resume();
    res.on('close', () => {
      if (!res.writableFinished) state.aborted++;
    });
    if (state.hang === 'headers') return;
    res.writeHead(state.status, { 'content-type': 'application/json' });
    if (state.hang === 'body') return void res.write('{"data":');
    res.end(JSON.stringify({ data: { ok: true } }));
  });
  return { state, server };
}

async function gaugeOf(caller: string) {
  const metric = await processRegistry.getSingleMetric('msa_router_client_circuit_state')?.get();
  return metric?.values.find((v) => v.labels.caller === caller)?.value;
}

describe('reads through the router behind a circuit breaker', () => {
  const { state, server } = fakeRouter();
  let routerUrl: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    routerUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('passes answers through, opens after repeated 5xx, refuses without calling, and closes after a probe', async () => {
    const client = createRouterClient({
      routerUrl,
      caller: 'test.reads',
      breaker: { volumeThreshold: 3, resetTimeoutMs: 50 },
    });
    try {
      const ok = await client.post({ body: '{}' });
      expect(await ok.json()).toEqual({ data: { ok: true } });
      expect(await gaugeOf('test.reads')).toBe(0);

      state.status = 503;
      for (let i = 0; i < 3; i++) {
        const error = await client.post({ body: '{}' }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RouterUnavailableError);
      }
      expect(client.state).toBe('open');
      expect(await gaugeOf('test.reads')).toBe(2);

      const before = state.requests;
      const refused = (await client.post({ body: '{}' }).catch((e: unknown) => e)) as RouterUnavailableError;
      expect(refused.circuitOpen).toBe(true);
      expect(refused.message).toMatch(/circuit open/);
      expect(state.requests).toBe(before);

      state.status = 200;
      while (client.state !== 'half-open') await new Promise((resolve) => setTimeout(resolve, 10));
      expect(await gaugeOf('test.reads')).toBe(1);
      expect((await client.post({ body: '{}' })).status).toBe(200);
      expect(client.state).toBe('closed');
      expect(await gaugeOf('test.reads')).toBe(0);
    } finally {
      client.shutdown();
    }
  });

  it('leaves the circuit closed for 4xx answers, which reach the caller', async () => {
    const client = createRouterClient({
      routerUrl,
      caller: 'test.bad-requests',
      breaker: { volumeThreshold: 2 },
    });
    try {
      state.status = 400;
      for (let i = 0; i < 5; i++) expect((await client.post({ body: '{}' })).status).toBe(400);
      expect(client.state).toBe('closed');
    } finally {
      client.shutdown();
      state.status = 200;
    }
  });

  it('counts an unreachable router as a failure', async () => {
    const client = createRouterClient({
      routerUrl: 'http://127.0.0.1:1/graphql',
      caller: 'test.unreachable',
      breaker: { volumeThreshold: 2 },
    });
    try {
      for (let i = 0; i < 2; i++)
        expect(await client.post({ body: '{}' }).catch((e: unknown) => e)).toBeInstanceOf(
          RouterUnavailableError,
        );
      expect(client.state).toBe('open');
    } finally {
      client.shutdown();
    }
  });

  it('refuses a read past the deadline, aborts its request and counts it as a failure, whether headers or body stall', async () => {
    const client = createRouterClient({
      routerUrl,
      caller: 'test.deadline',
      breaker: { volumeThreshold: 2, timeoutMs: 100 },
    });
    try {
      for (const [i, hang] of (['headers', 'body'] as const).entries()) {
        state.hang = hang;
        const error = (await client.post({ body: '{}' }).catch((e: unknown) => e)) as RouterUnavailableError;
        expect(error).toBeInstanceOf(RouterUnavailableError);
        expect(error.message).toMatch(/did not answer within 100 ms/);
        while (state.aborted < i + 1) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(client.state).toBe('open');
    } finally {
      client.shutdown();
      state.hang = null;
    }
  });
});
