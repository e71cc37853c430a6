import { randomBytes } from 'node:crypto';
import {
  createClient,
  type Client,
  type ClientOptions,
  type FormattedExecutionResult,
  type SubscribePayload,
} from 'graphql-ws';
import WebSocket from 'ws';
import { createLogger } from '@msa/subgraph-kit';
import { createTestKeys, createTestRedis, TEST_REDIS_URL, type TestKeys } from '@msa/testing';
import { createRouter, type RouterOptions, type RunningRouter } from '../../src/app';
import { startLiveSubgraphs, type LiveSubgraphs } from './live-subgraphs';

export interface LiveRouterHarness {
  keys: TestKeys;
  subgraphs: LiveSubgraphs;
  /** The router clients connect to by default. */
  router: RunningRouter;
  /** Starts another router on these subgraphs (e.g. on the same port after a stop); `stop()` stops it. */
  startRouter(overrides?: Partial<RouterOptions>): Promise<RunningRouter>;
  /** A graphql-ws client of `router` (default: the latest started); disposed by `stop()`. */
  client(options?: Partial<ClientOptions>, router?: RunningRouter): Client;
  stop(): Promise<void>;
}

export const wsUrlOf = (router: RunningRouter) => router.url.replace(/^http:/, 'ws:');

/** Shop, people and billing subgraphs with a router composed from them, isolated in Redis by a key prefix. */
export async function bootLiveRouter(overrides: Partial<RouterOptions> = {}): Promise<LiveRouterHarness> {
  const keys = await createTestKeys();
  const subgraphs = await startLiveSubgraphs(keys.verifier);
  const keyPrefix = `test:router-live:${randomBytes(4).toString('hex')}:`;
  const clients: Client[] = [];
  const routers: RunningRouter[] = [];

  const startRouter = async (more: Partial<RouterOptions> = {}) => {
    const { rateLimit, ...rest } = { ...overrides, ...more };
    const router = await createRouter({
      port: 0,
      subgraphs: subgraphs.endpoints,
      redisUrl: TEST_REDIS_URL,
      verifier: keys.verifier,
      logger: createLogger('router-live-test', (process.env.LOG_LEVEL as 'silent' | undefined) ?? 'silent'),
      rateLimit: { points: 100_000, windowSeconds: 60, ...rateLimit, keyPrefix: `${keyPrefix}rl:` },
      apqKeyPrefix: `${keyPrefix}apq:`,
      ...rest,
    });
    routers.push(router);
    return router;
  };

  const harness: LiveRouterHarness = {
    keys,
    subgraphs,
    router: undefined as unknown as RunningRouter,
    startRouter,
    client(options = {}, router = harness.router) {
      const client = createClient({
        url: wsUrlOf(router),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        ...options,
      });
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(clients.map((client) => client.dispose()));
      for (const router of routers) await router.stop();
      await subgraphs.stop();
      const redis = createTestRedis();
      const leftovers = await redis.redis.keys(`${keyPrefix}*`);
      if (leftovers.length) await redis.redis.del(...leftovers);
      await redis.close();
    },
  };
  harness.router = await startRouter();
  return harness;
}

/** Polls until `condition` holds; fails with `what` after the timeout. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A subscription's messages as they arrive, and how it ended. */
export interface Probe {
  events: FormattedExecutionResult<Record<string, unknown>, unknown>[];
  /** The next message not yet taken. */
  nextEvent(timeoutMs?: number): Promise<FormattedExecutionResult<Record<string, unknown>, unknown>>;
  /** Resolves when the subscription completes (`error` undefined) or fails. */
  ended: Promise<{ error?: unknown }>;
  isEnded(): boolean;
  unsubscribe(): void;
}

export function probe(client: Client, payload: SubscribePayload): Probe {
  const events: FormattedExecutionResult<Record<string, unknown>, unknown>[] = [];
  let taken = 0;
  let finished = false;
  let finish!: (outcome: { error?: unknown }) => void;
  const ended = new Promise<{ error?: unknown }>((resolve) => {
    finish = (outcome) => {
      finished = true;
      resolve(outcome);
    };
  });
  const unsubscribe = client.subscribe(payload, {
    next: (event) => events.push(event),
    error: (error) => finish({ error }),
    complete: () => finish({}),
  });
  return {
    events,
    async nextEvent(timeoutMs = 5_000) {
      await waitFor(() => events.length > taken, `event #${taken + 1}`, timeoutMs);
      return events[taken++]!;
    },
    ended,
    isEnded: () => finished,
    unsubscribe,
  };
}
