import 'reflect-metadata';
import { seed as seedProducts } from '@msa/products/seed';
import { bootSupergraph } from '../support/boot-supergraph';
import { ApiClient } from '../support/api';
import { mapLimit } from '../support/eventually';
import { formatMs, percentile } from './stats';

/**
 * `npm run bench:search [-- --products 10000 --requests 1000 --concurrency 20]`: search through the router on
 * a catalog of N extra products (plus the demo catalog), once cold (every query new to the hot-query cache)
 * and once warm. Prints p50/p99 latency and requests per second for each pass.
 */
function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const QUERIES = [
  'wireless headphones',
  'hedphones',
  'desk lamp',
  'aurora',
  'tent',
  'premium keyboard',
  'yoga mat',
  'kettle',
  'running shoes',
  'backpack',
];
const SEARCH = `query($q: String!, $min: Int) {
  search(query: $q, first: 20, filter: { minPrice: $min }) {
    totalCount correctedQuery
    hits { nodes { id name priceRange { min { amount } } } pageInfo { endCursor } }
    facets { categories { value count } priceRanges { min max count } ratings { value count } }
  } }`;

async function pass(
  api: ApiClient,
  label: string,
  requests: number,
  concurrency: number,
  variant: (n: number) => Record<string, unknown>,
) {
  const latencies: number[] = [];
  const started = performance.now();
  await mapLimit(
    Array.from({ length: requests }, (_, n) => n),
    concurrency,
    async (n) => {
      const t = performance.now();
      await api.data(SEARCH, variant(n));
      latencies.push(performance.now() - t);
    },
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label.padEnd(34)} ${(requests / seconds).toFixed(1).padStart(7)} req/s   p50 ${formatMs(percentile(latencies, 50))}   p99 ${formatMs(percentile(latencies, 99))}`,
  );
}

async function main() {
  const products = option('products', 10_000);
  const requests = option('requests', 1_000);
  const concurrency = option('concurrency', 20);
  console.log(
    `bench:search — ${products} extra products, ${requests} requests, ${concurrency} concurrent, through the router`,
  );
  // One client does all the searching here: give it a budget that measures the service, not the limiter.
  const system = await bootSupergraph({ rateLimitPoints: 100_000_000 });
  try {
    const started = performance.now();
    await seedProducts({
      databaseUrl: system.databases.products!.url,
      mediaDir: system.mediaDir,
      log: () => {},
      extraProducts: products,
    });
    const api = new ApiClient(system.routerUrl);
    let indexed = 0;
    while (indexed < products) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      indexed = (
        await api.data<{ search: { totalCount: number } }>('{ search(query: "", first: 1) { totalCount } }')
      ).search.totalCount;
      process.stdout.write(
        `\r  indexed ${indexed} products (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
    console.log('');
    // Cold: every request has its own price filter, so none is answered from the hot-query cache.
    await pass(api, 'cold (distinct filters, no cache)', requests, concurrency, (n) => ({
      q: QUERIES[n % QUERIES.length],
      min: n,
    }));
    await pass(api, 'warm (10 hot queries, cached)', requests, concurrency, (n) => ({
      q: QUERIES[n % QUERIES.length],
      min: 0,
    }));
  } finally {
    await system.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
