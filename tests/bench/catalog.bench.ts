import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seed as seedProducts } from '@msa/products/seed';
import { migrationsDirOf } from '@msa/prisma-toolkit/repo-paths';
import { createTestDatabase } from '@msa/testing';
import { startChildServer, type ChildServer } from './support/child-server';
import { flag, option, runLoad, summary } from './support/load';
import { formatMs } from './stats';

/**
 * `npm run bench:catalog [-- --requests 600 --concurrency 8 --rounds 2 --profile --baseline <checkout>]`: the storefront's product
 * listing (24 products with images, variants and prices) against the products subgraph directly and through
 * the router, each server in its own process so its CPU per listing is its own. A second products process
 * builds a number formatter per call, as before the formatter cache, and is measured in the same rounds for
 * the before/after ratio. A second router process has the response cache on (anonymous listings served from
 * Redis), measured in the same rounds against the router without it. `--hints-cost` adds a products process
 * without the cache-control plugin (which turns the schema's @cacheControl hints into Cache-Control headers),
 * to price that plugin per listing. `--baseline <checkout>` adds a products process and a router in front of it
 * run from another checkout of this repository (an earlier commit, its dependencies installed and generated),
 * measured in the same rounds, for before/after figures of a change (and that checkout's router with its
 * response cache, when it has one). `--profile` writes .cpuprofile files of
 * the products processes and of both routers into `<server>.cpuprofiles` folders of the
 * current folder (the largest is the main thread's; the module loader's thread writes one too). Every server runs
 * with NODE_ENV=production, as deployed (graphql-js, for one, skips its development-only checks then).
 */
const LISTING = JSON.stringify({
  query: `query Listing($first: Int!) {
    products(first: $first, sort: NAME_ASC) {
      edges { cursor node {
        id slug name
        images { id url alt }
        priceRange { min { amount currency formatted } max { amount formatted } }
        variants { id sku title options { name value } price { amount currency formatted } compareAtPrice { amount formatted } }
      } }
      pageInfo { hasNextPage endCursor }
      totalCount
    } }`,
  variables: { first: 24 },
});

/** Path of `--name value` from the command line, or undefined. */
function pathOption(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? resolve(process.argv[index + 1]!) : undefined;
}

function checkListing(status: number, text: string): void {
  const body = JSON.parse(text) as {
    data?: { products: { edges: { node: { variants: { price: { formatted: string } }[] } }[] } };
    errors?: unknown;
  };
  const edges = body.data?.products.edges;
  if (status !== 200 || body.errors || edges?.length !== 24 || !edges[0]!.node.variants[0]?.price.formatted)
    throw new Error(`unexpected listing response (${status}): ${text.slice(0, 300)}`);
}

interface Target {
  label: string;
  url: string;
  /** The processes whose CPU this target's requests use. */
  servers: ChildServer[];
}

async function measure(target: Target, requests: number, concurrency: number) {
  const cpuBefore = target.servers.map((server) => server.cpuMs());
  const result = await runLoad({
    url: target.url,
    body: LISTING,
    requests,
    concurrency,
    check: checkListing,
  });
  const cpuMs = target.servers.reduce((sum, server, i) => sum + server.cpuMs() - cpuBefore[i]!, 0);
  return { ...summary(result), cpuPerRequest: cpuMs / requests };
}

async function main() {
  const requests = option('requests', 600);
  const concurrency = option('concurrency', 8);
  const rounds = option('rounds', 2);
  const profile = flag('profile');
  const hintsCost = flag('hints-cost');
  const baseline = pathOption('baseline');
  const baselineCaches =
    baseline !== undefined &&
    existsSync(join(baseline, 'router/src/response-cache/response-cache.plugin.ts'));
  console.log(
    `bench:catalog — products(first: 24) with images, variants and prices; ${requests} requests × ${rounds} rounds, ${concurrency} concurrent`,
  );
  const database = await createTestDatabase('products', migrationsDirOf('products'));
  const mediaDir = mkdtempSync(join(tmpdir(), 'bench-media-'));
  const servers: ChildServer[] = [];
  try {
    await seedProducts({ databaseUrl: database.url, mediaDir, log: () => {}, extraProducts: 200 });
    const env = {
      PRODUCTS_DATABASE_URL: database.url,
      MEDIA_DIR: mediaDir,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
    };
    const nodeArgs = (name: string) => (profile ? ['--cpu-prof', `--cpu-prof-dir=${name}.cpuprofiles`] : []);
    const server = new URL('./catalog/serve.ts', import.meta.url);
    const products = await startChildServer(server, { ...env, BENCH_ROLE: 'products' }, nodeArgs('products'));
    const before = await startChildServer(
      server,
      { ...env, BENCH_ROLE: 'products', BENCH_UNCACHED_FORMATTER: '1' },
      nodeArgs('products-uncached'),
    );
    servers.push(products, before);
    const router = await startChildServer(
      server,
      { BENCH_ROLE: 'router', PRODUCTS_URL: products.url, NODE_ENV: 'production' },
      nodeArgs('router'),
    );
    servers.push(router);
    const cachingRouter = await startChildServer(
      server,
      { BENCH_ROLE: 'router', PRODUCTS_URL: products.url, BENCH_RESPONSE_CACHE: '1', NODE_ENV: 'production' },
      nodeArgs('router-cached'),
    );
    servers.push(cachingRouter);
    const unhinted = hintsCost
      ? await startChildServer(server, { ...env, BENCH_ROLE: 'products', BENCH_NO_CACHE_HINTS: '1' })
      : undefined;
    if (unhinted) servers.push(unhinted);
    // The other checkout's own TypeScript settings (decorators) apply to its files.
    const startBaseline = (role: Record<string, string>) =>
      startChildServer(join(baseline!, 'tests/bench/catalog/serve.ts'), {
        ...env,
        TSX_TSCONFIG_PATH: join(baseline!, 'tsconfig.json'),
        ...role,
      });
    const oldProducts = baseline ? await startBaseline({ BENCH_ROLE: 'products' }) : undefined;
    const oldRouter = oldProducts
      ? await startBaseline({ BENCH_ROLE: 'router', PRODUCTS_URL: oldProducts.url })
      : undefined;
    if (oldProducts && oldRouter) servers.push(oldProducts, oldRouter);
    // Only a checkout whose router has the response cache: an older one ignores BENCH_RESPONSE_CACHE.
    const oldCachingRouter =
      oldProducts && baselineCaches
        ? await startBaseline({
            BENCH_ROLE: 'router',
            PRODUCTS_URL: oldProducts.url,
            BENCH_RESPONSE_CACHE: '1',
          })
        : undefined;
    if (oldCachingRouter) servers.push(oldCachingRouter);

    const targets: Target[] = [
      { label: 'products, formatter per call (before)', url: before.url, servers: [before] },
      { label: 'products, cached formatter', url: products.url, servers: [products] },
      { label: 'router → products', url: router.url, servers: [router, products] },
      { label: 'router, response cache', url: cachingRouter.url, servers: [cachingRouter, products] },
      ...(unhinted ? [{ label: 'products, no cache hints', url: unhinted.url, servers: [unhinted] }] : []),
      ...(oldProducts && oldRouter
        ? [
            { label: 'baseline products', url: oldProducts.url, servers: [oldProducts] },
            { label: 'baseline router → products', url: oldRouter.url, servers: [oldRouter, oldProducts] },
          ]
        : []),
      ...(oldCachingRouter && oldProducts
        ? [
            {
              label: 'baseline router, response cache',
              url: oldCachingRouter.url,
              servers: [oldCachingRouter, oldProducts],
            },
          ]
        : []),
    ];
    // Warm-up: JIT, connection pools, the router's query plan cache.
    for (const target of targets) await measure(target, 100, concurrency);
    const totals = new Map(targets.map((t) => [t.label, { rps: 0, p50: 0, p99: 0, cpu: 0 }]));
    for (let round = 0; round < rounds; round += 1) {
      // Interleaved: every target runs once per round, so drift on a shared machine hits them alike.
      for (const target of targets) {
        const figures = await measure(target, requests, concurrency);
        const total = totals.get(target.label)!;
        total.rps += figures.rps / rounds;
        total.p50 += figures.p50 / rounds;
        total.p99 += figures.p99 / rounds;
        total.cpu += figures.cpuPerRequest / rounds;
      }
    }
    for (const [label, t] of totals) {
      console.log(
        `${label.padEnd(40)} ${t.rps.toFixed(0).padStart(6)} req/s   p50 ${formatMs(t.p50)}   p99 ${formatMs(t.p99)}   CPU ${t.cpu.toFixed(2)} ms/listing`,
      );
    }
    const old = totals.get(targets[0]!.label)!;
    const cached = totals.get(targets[1]!.label)!;
    const routed = totals.get(targets[2]!.label)!;
    const responseCached = totals.get(targets[3]!.label)!;
    console.log(
      `ratios: cached/before CPU per listing ${(cached.cpu / old.cpu).toFixed(2)}, req/s ${(cached.rps / old.rps).toFixed(2)}; router+products/products CPU ${(routed.cpu / cached.cpu).toFixed(2)}`,
    );
    const noHints = unhinted && totals.get('products, no cache hints')!;
    if (noHints)
      console.log(
        `cache-control plugin on/off in products: CPU per listing ${(cached.cpu / noHints.cpu).toFixed(2)}, req/s ${(cached.rps / noHints.rps).toFixed(2)}`,
      );
    const oldListing = oldProducts && totals.get('baseline products')!;
    const oldRouted = oldRouter && totals.get('baseline router → products')!;
    if (oldListing && oldRouted)
      console.log(
        `this checkout/baseline: products CPU per listing ${(cached.cpu / oldListing.cpu).toFixed(2)}, req/s ${(cached.rps / oldListing.rps).toFixed(2)}; router → products CPU ${(routed.cpu / oldRouted.cpu).toFixed(2)}, req/s ${(routed.rps / oldRouted.rps).toFixed(2)}`,
      );
    const oldResponseCached = oldCachingRouter && totals.get('baseline router, response cache')!;
    if (oldResponseCached)
      console.log(
        `this checkout/baseline, response cache hits: req/s ${(responseCached.rps / oldResponseCached.rps).toFixed(2)}, CPU per listing ${(responseCached.cpu / oldResponseCached.cpu).toFixed(2)}, p50 ${(responseCached.p50 / oldResponseCached.p50).toFixed(2)}`,
      );
    if (oldRouted)
      console.log(
        `response cache through this router against the baseline router without it: req/s ${(responseCached.rps / oldRouted.rps).toFixed(2)}`,
      );
    console.log(
      `response cache on/off through the router: req/s ${(responseCached.rps / routed.rps).toFixed(2)}, CPU per listing ${(responseCached.cpu / routed.cpu).toFixed(2)}, p50 ${(responseCached.p50 / routed.p50).toFixed(2)}`,
    );
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await database.drop();
    rmSync(mediaDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
