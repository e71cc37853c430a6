import 'reflect-metadata';
import {
  createAccessTokenSigner,
  createAccessTokenVerifier,
  generateSigningKeyPem,
  localKeys,
  signingKeyFromPem,
} from '@msa/auth';
import { createLogger } from '@msa/subgraph-kit';
import { TEST_REDIS_URL } from '@msa/testing';
import { createProductsSubgraph } from '@msa/products/app';
import { createRouter } from '@msa/router/app';

/**
 * One server of bench:catalog in its own process, so its CPU time is its own: BENCH_ROLE=products serves the
 * products subgraph on PRODUCTS_DATABASE_URL; BENCH_ROLE=router serves the router in front of PRODUCTS_URL.
 * BENCH_UNCACHED_FORMATTER=1 builds a number formatter per call, as before the cache; BENCH_RESPONSE_CACHE=1
 * turns the router's response cache on; BENCH_NO_CACHE_HINTS=1 serves products without its cache-control plugin. Prints `READY <url>`.
 */
if (process.env.BENCH_UNCACHED_FORMATTER === '1') await import('./uncached-formatter');

const logger = createLogger('bench', 'silent');
const verifier = createAccessTokenVerifier(
  localKeys(createAccessTokenSigner(await signingKeyFromPem(await generateSigningKeyPem())).jwks()),
);

const running =
  process.env.BENCH_ROLE === 'router'
    ? await createRouter({
        port: 0,
        subgraphs: [{ name: 'products', url: process.env.PRODUCTS_URL! }],
        redisUrl: TEST_REDIS_URL,
        verifier,
        logger,
        rateLimit: { points: 1_000_000_000, keyPrefix: `bench-${process.pid}:rl:` },
        apqKeyPrefix: `bench-${process.pid}:apq:`,
        ...(process.env.BENCH_RESPONSE_CACHE === '1'
          ? {
              responseCache: {
                keyPrefix: `bench-${process.pid}:cache:`,
                queuePrefix: `bench-${process.pid}`,
              },
            }
          : {}),
      })
    : await createProductsSubgraph({
        databaseUrl: process.env.PRODUCTS_DATABASE_URL!,
        port: 0,
        verifier,
        mediaDir: process.env.MEDIA_DIR!,
        publicBaseUrl: 'http://localhost:4000',
        logger,
        cacheHints: process.env.BENCH_NO_CACHE_HINTS !== '1',
      });

/** The router's stop can wait on open connections past the end of a run; the bench does not wait for it. */
const STOP_GRACE_MS = 10_000;

process.on('SIGINT', () => {
  setTimeout(() => {
    console.error(`bench ${process.env.BENCH_ROLE} server did not stop within ${STOP_GRACE_MS} ms; exiting`);
    process.exit(0);
  }, STOP_GRACE_MS).unref();
  void running.stop().finally(() => process.exit(0));
});
console.log(`READY ${running.url}`);
