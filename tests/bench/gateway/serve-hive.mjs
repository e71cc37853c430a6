import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Hive Gateway in a process of its own for bench:gateway, serving the supergraph at BENCH_SUPERGRAPH_PATH with
 * its defaults, as its own CLI serves one (one process: the CLI forks no workers by default). Loaded from the
 * folder the bench installed it into (BENCH_HIVE_DIR), never from the project's dependencies, so plain
 * JavaScript run by plain node. BENCH_DEDUP=1 turns on its inbound in-flight request deduplication (off by
 * default). Logs only errors, like the other peers. Prints `READY <url>`.
 */
const dir = process.env.BENCH_HIVE_DIR;
const entry = join(dir, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'index.js');
const { createGatewayRuntime } = await import(pathToFileURL(entry).href);

const gateway = createGatewayRuntime({
  supergraph: process.env.BENCH_SUPERGRAPH_PATH,
  logging: 'error',
  ...(process.env.BENCH_DEDUP === '1' ? { inboundInflightRequestDeduplication: true } : {}),
});
const server = createServer(gateway);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
process.on('SIGINT', () => {
  server.closeAllConnections();
  server.close();
  void Promise.resolve(gateway.dispose?.()).finally(() => process.exit(0));
});
console.log(`READY http://127.0.0.1:${server.address().port}/graphql`);
