import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import {
  createAccessTokenSigner,
  createAccessTokenVerifier,
  generateSigningKeyPem,
  localKeys,
  signingKeyFromPem,
} from '@msa/auth';
import { createLogger } from '@msa/subgraph-kit';
import { TEST_REDIS_URL } from '@msa/testing';
import { createRouter } from '@msa/router/app';
import { subgraphFetcher } from '../../../router/src/gateway/subgraph-fetcher';

/**
 * One gateway of bench:gateway in its own process, serving the supergraph at BENCH_SUPERGRAPH_PATH:
 * BENCH_GATEWAY=router is our router as deployed (every plugin on, rate limits and persisted queries in
 * Redis; BENCH_DEDUP=1 dedupes identical anonymous queries in flight); `stock` is @apollo/gateway on @apollo/server with its defaults; `stock-pooled` is the same with
 * the router's pooled keep-alive subgraph client. Prints `READY <url>`.
 */
const kind = process.env.BENCH_GATEWAY ?? 'stock';
const supergraphSdl = readFileSync(process.env.BENCH_SUPERGRAPH_PATH!, 'utf8');

async function start(): Promise<{ url: string; stop(): Promise<void> }> {
  if (kind === 'router') {
    const signer = createAccessTokenSigner(await signingKeyFromPem(await generateSigningKeyPem()));
    const router = await createRouter({
      port: 0,
      host: '127.0.0.1',
      supergraphSdl,
      redisUrl: TEST_REDIS_URL,
      verifier: createAccessTokenVerifier(localKeys(signer.jwks())),
      logger: createLogger('bench', 'silent'),
      // One load generator is one client: a budget that measures the router, not the limiter (which still runs).
      rateLimit: { points: 1_000_000_000, keyPrefix: `bench-gw-${process.pid}:rl:` },
      apqKeyPrefix: `bench-gw-${process.pid}:apq:`,
      dedupeAnonymousQueries: process.env.BENCH_DEDUP === '1',
    });
    return { url: router.url, stop: () => router.stop() };
  }
  const pooled = kind === 'stock-pooled';
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource({ url, ...(pooled ? { fetcher: subgraphFetcher } : {}) }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

const running = await start();
process.on('SIGINT', () => {
  // Exits (writing a --cpu-prof profile) even when a stop hangs on open connections.
  setTimeout(() => process.exit(0), 3_000).unref();
  void running.stop().finally(() => process.exit(0));
});
console.log(`READY ${running.url}`);
