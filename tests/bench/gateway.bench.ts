import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { build } from 'esbuild';
import { parse } from 'graphql';
import { startChildServer, type ChildServer } from './support/child-server';
import { option, runLoad, summary } from './support/load';
import { formatMs } from './stats';
import { SUBGRAPH_SCHEMAS } from './gateway/subgraphs';
import { BENCHMARK_QUERY, expectedResponse } from './gateway/workload';

/**
 * `npm run bench:gateway [-- --requests 400 --concurrency 16 --rounds 3]`: the federation gateway benchmark
 * workload (accounts, inventory, products and reviews subgraphs with static data, and its large query making
 * a dozen subgraph fetches per request) through our router as deployed (compiled to one ES module the way the
 * service image builds it, run by plain node), our router under tsx (as in development), and stock
 * @apollo/gateway on @apollo/server, interleaved round by round, each gateway in its own process and the
 * subgraphs in another.
 * Every response is compared with the expected one. Prints req/s, p50/p99, the gateway's CPU per request and
 * ratios against stock Apollo measured in the same run.
 */
const BODY = JSON.stringify({ query: BENCHMARK_QUERY });

function checker() {
  const expected = expectedResponse();
  return (status: number, text: string) => {
    if (status !== 200 || !isDeepStrictEqual(JSON.parse(text), expected))
      throw new Error(`unexpected response (${status}): ${text.slice(0, 400)}`);
  };
}

function composeSupergraph(urls: Record<string, string>): string {
  const result = composeServices(
    Object.entries(SUBGRAPH_SCHEMAS).map(([name, schema]) => ({
      name,
      url: urls[name]!,
      typeDefs: parse(printSubgraphSchema(schema)),
    })),
  );
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

/**
 * serve-gateway.ts compiled the way infrastructure/docker/build-service.mjs compiles a service: workspace
 * packages (@msa/*) and relative files bundled, npm packages left to node_modules. Written under router/dist/
 * so those npm packages resolve as they do for the deployed router.
 */
async function compileGatewayServer(): Promise<URL> {
  const out = new URL('../../router/dist/bench/serve-gateway.mjs', import.meta.url);
  await build({
    entryPoints: [fileURLToPath(new URL('./gateway/serve-gateway.ts', import.meta.url))],
    outfile: fileURLToPath(out),
    bundle: true,
    platform: 'node',
    target: 'node20.19',
    format: 'esm',
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    plugins: [
      {
        name: 'npm-packages-external',
        setup(builder) {
          builder.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@msa/') || args.path.startsWith('node:')
              ? undefined
              : { path: args.path, external: true },
          );
        },
      },
    ],
    banner: {
      js: "import { createRequire as __msaCreateRequire } from 'node:module'; const require = __msaCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return out;
}

interface Peer {
  label: string;
  server: ChildServer;
}

async function main() {
  const requests = option('requests', 400);
  const concurrency = option('concurrency', 16);
  const rounds = option('rounds', 3);
  console.log(
    `bench:gateway — federation benchmark query, ${requests} requests × ${rounds} rounds, ${concurrency} concurrent, interleaved`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'bench-gateway-'));
  const children: ChildServer[] = [];
  try {
    const subgraphs = await startChildServer(new URL('./gateway/serve-subgraphs.ts', import.meta.url), {});
    children.push(subgraphs);
    const urls = JSON.parse(subgraphs.url) as Record<string, string>;
    const supergraphPath = join(dir, 'supergraph.graphql');
    writeFileSync(supergraphPath, composeSupergraph(urls));
    const source = new URL('./gateway/serve-gateway.ts', import.meta.url);
    const compiled = await compileGatewayServer();
    const kinds = [
      ['stock @apollo/gateway + @apollo/server', 'stock', source],
      ['stock, pooled keep-alive subgraph client', 'stock-pooled', source],
      ['our router under tsx (all plugins on)', 'router', source],
      ['our router as deployed (compiled)', 'router', compiled],
    ] as const;
    const peers: Peer[] = await Promise.all(
      kinds.map(async ([label, kind, script]) => {
        const server = await startChildServer(script, {
          BENCH_GATEWAY: kind,
          BENCH_SUPERGRAPH_PATH: supergraphPath,
        });
        children.push(server);
        return { label, server };
      }),
    );
    const check = checker();
    const run = async (peer: Peer, count: number) => {
      const cpuBefore = peer.server.cpuMs();
      const subgraphCpuBefore = subgraphs.cpuMs();
      const result = await runLoad({ url: peer.server.url, body: BODY, requests: count, concurrency, check });
      return {
        ...summary(result),
        cpu: (peer.server.cpuMs() - cpuBefore) / count,
        subgraphCpu: (subgraphs.cpuMs() - subgraphCpuBefore) / count,
      };
    };
    for (const peer of peers) await run(peer, 100); // warm-up: JIT, query plans, connections
    const totals = new Map(peers.map((p) => [p.label, { rps: 0, p50: 0, p99: 0, cpu: 0, subgraphCpu: 0 }]));
    for (let round = 0; round < rounds; round += 1) {
      for (const peer of peers) {
        const figures = await run(peer, requests);
        const total = totals.get(peer.label)!;
        for (const key of ['rps', 'p50', 'p99', 'cpu', 'subgraphCpu'] as const)
          total[key] += figures[key] / rounds;
      }
    }
    for (const [label, t] of totals) {
      console.log(
        `${label.padEnd(42)} ${t.rps.toFixed(0).padStart(5)} req/s   p50 ${formatMs(t.p50)}   p99 ${formatMs(t.p99)}   gateway CPU ${t.cpu.toFixed(2)} ms/req   subgraphs CPU ${t.subgraphCpu.toFixed(2)} ms/req`,
      );
    }
    const stock = totals.get(peers[0]!.label)!;
    for (const peer of peers.slice(1)) {
      const t = totals.get(peer.label)!;
      console.log(
        `${peer.label} / stock: req/s ×${(t.rps / stock.rps).toFixed(2)}, p50 ×${(t.p50 / stock.p50).toFixed(2)}, p99 ×${(t.p99 / stock.p99).toFixed(2)}, CPU/req ×${(t.cpu / stock.cpu).toFixed(2)}`,
      );
    }
    console.log(`every response (${(requests * rounds + 100) * peers.length}) matched the expected one`);
  } finally {
    for (const child of children.reverse()) await child.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
