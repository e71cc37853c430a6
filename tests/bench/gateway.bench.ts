import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { build } from 'esbuild';
import { parse } from 'graphql';
import { serviceBundleOptions } from '../../infrastructure/docker/build-service.mjs';
import { startChildServer, type ChildServer } from './support/child-server';
import { printProfileSummary, summarizeCpuProfile } from './support/cpu-profile';
import { flag, option, runLoad, summary } from './support/load';
import { formatMs } from './stats';
import { SUBGRAPH_SCHEMAS } from './gateway/subgraphs';
import { BENCHMARK_QUERY, expectedResponse } from './gateway/workload';

/**
 * `npm run bench:gateway [-- --requests 400 --concurrency 16 --rounds 3]`: the federation gateway benchmark
 * workload (accounts, inventory, products and reviews subgraphs with static data, and its large query making
 * a dozen subgraph fetches per request) through our router as deployed (compiled to one ES module the way the
 * service image builds it, run by plain node), our router under tsx (as in development), stock
 * @apollo/gateway on @apollo/server, and Hive Gateway, interleaved round by round, each gateway in its own
 * process and the subgraphs in another. In-flight deduplication is off in every one of them.
 * Every response is compared with the expected one. Prints req/s, p50/p99, the gateway's CPU per request and
 * ratios against stock Apollo and Hive Gateway measured in the same run.
 *
 * Flags:
 *   --no-hive   leave Hive Gateway out (it is installed on first use into .bench-cache/, which needs the npm
 *               registry; it is never a dependency of the project)
 *   --dedup     also run our router and Hive Gateway with in-flight deduplication of identical queries on
 *   --peers a,b only these peers: stock, stock-pooled, router-tsx, router, hive, router-dedup, hive-dedup
 *   --profile   run each gateway under node --cpu-prof and print where its CPU time went
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
 * serve-gateway.ts compiled with the options infrastructure/docker/build-service.mjs compiles a service with:
 * workspace packages (@msa/*) and relative files bundled, npm packages left to node_modules. Written under
 * router/dist/ so those npm packages resolve as they do for the deployed router.
 */
async function compileGatewayServer(): Promise<URL> {
  const out = new URL('../../router/dist/bench/serve-gateway.mjs', import.meta.url);
  await build({
    ...serviceBundleOptions({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) }),
    entryPoints: [fileURLToPath(new URL('./gateway/serve-gateway.ts', import.meta.url))],
    outfile: fileURLToPath(out),
  });
  return out;
}

/** The Hive Gateway release measured; pinned so runs stay comparable. */
const HIVE_GATEWAY_VERSION = '2.15.1';
const BENCH_CACHE = fileURLToPath(new URL('../../.bench-cache/', import.meta.url));
const HIVE_DIR = join(BENCH_CACHE, 'hive-gateway');

/**
 * Installs Hive Gateway into .bench-cache/hive-gateway (ignored by git) unless that release is there already,
 * with a package.json of its own so npm leaves the project's workspaces and lockfile alone. Returns false,
 * having said why, when it cannot be installed (no registry).
 */
function ensureHiveGateway(): boolean {
  const installed = join(HIVE_DIR, 'node_modules', '@graphql-hive', 'gateway', 'package.json');
  if (existsSync(installed)) {
    const { version } = JSON.parse(readFileSync(installed, 'utf8')) as { version: string };
    if (version === HIVE_GATEWAY_VERSION) return true;
  }
  mkdirSync(HIVE_DIR, { recursive: true });
  writeFileSync(
    join(HIVE_DIR, 'package.json'),
    JSON.stringify({ name: 'bench-hive-gateway', private: true }, null, 2),
  );
  console.log(`installing @graphql-hive/gateway@${HIVE_GATEWAY_VERSION} into .bench-cache/hive-gateway …`);
  const npm = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      HIVE_DIR,
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `@graphql-hive/gateway@${HIVE_GATEWAY_VERSION}`,
      'graphql@16',
    ],
    { cwd: HIVE_DIR, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (npm.status === 0) return true;
  console.warn('Hive Gateway could not be installed (is the npm registry reachable?); running without it');
  return false;
}

type PeerKey = 'stock' | 'stock-pooled' | 'router-tsx' | 'router' | 'hive' | 'router-dedup' | 'hive-dedup';

interface PeerSpec {
  key: PeerKey;
  label: string;
  script: URL;
  env: Record<string, string>;
}

interface Peer extends PeerSpec {
  server: ChildServer;
}

interface Totals {
  rps: number;
  p50: number;
  p99: number;
  cpu: number;
  subgraphCpu: number;
}

function peerList(): PeerKey[] {
  const index = process.argv.indexOf('--peers');
  if (index >= 0) return process.argv[index + 1]!.split(',') as PeerKey[];
  const keys: PeerKey[] = ['stock', 'stock-pooled', 'router-tsx', 'router'];
  if (!flag('no-hive')) keys.push('hive');
  if (flag('dedup')) keys.push('router-dedup', ...(flag('no-hive') ? [] : (['hive-dedup'] as const)));
  return keys;
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
    const hiveScript = new URL('./gateway/serve-hive.mjs', import.meta.url);
    const wanted = peerList();
    const hive = wanted.some((key) => key.startsWith('hive')) && ensureHiveGateway();
    const allSpecs: PeerSpec[] = [
      {
        key: 'stock',
        label: 'stock @apollo/gateway + @apollo/server',
        script: source,
        env: { BENCH_GATEWAY: 'stock' },
      },
      {
        key: 'stock-pooled',
        label: 'stock, pooled keep-alive subgraph client',
        script: source,
        env: { BENCH_GATEWAY: 'stock-pooled' },
      },
      {
        key: 'router-tsx',
        label: 'our router under tsx (all plugins on)',
        script: source,
        env: { BENCH_GATEWAY: 'router' },
      },
      {
        key: 'router',
        label: 'our router as deployed (compiled)',
        script: compiled,
        env: { BENCH_GATEWAY: 'router' },
      },
      {
        key: 'hive',
        label: `Hive Gateway ${HIVE_GATEWAY_VERSION} (defaults)`,
        script: hiveScript,
        env: { BENCH_HIVE_DIR: HIVE_DIR },
      },
      {
        key: 'router-dedup',
        label: 'our router compiled, dedup on',
        script: compiled,
        env: { BENCH_GATEWAY: 'router', BENCH_DEDUP: '1' },
      },
      {
        key: 'hive-dedup',
        label: 'Hive Gateway, inbound dedup on',
        script: hiveScript,
        env: { BENCH_HIVE_DIR: HIVE_DIR, BENCH_DEDUP: '1' },
      },
    ];
    const specs = allSpecs.filter(
      (spec) => wanted.includes(spec.key) && (hive || !spec.key.startsWith('hive')),
    );
    const profileDir = join(BENCH_CACHE, 'profiles', new Date().toISOString().replace(/[:.]/g, '-'));
    const profiling = flag('profile');
    const spawnedAt = performance.now();
    const peers: Peer[] = await Promise.all(
      specs.map(async (spec) => {
        const nodeArgs = profiling
          ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, spec.key)}`, '--cpu-prof-interval=200']
          : [];
        const server = await startChildServer(
          spec.script,
          { ...spec.env, BENCH_SUPERGRAPH_PATH: supergraphPath },
          nodeArgs,
        );
        children.push(server);
        return { ...spec, server };
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
    const warmedUpMs = performance.now() - spawnedAt;
    const totals = new Map<string, Totals>(
      peers.map((p) => [p.label, { rps: 0, p50: 0, p99: 0, cpu: 0, subgraphCpu: 0 }]),
    );
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
    const ratio = (t: Totals, base: Totals) =>
      `req/s ×${(t.rps / base.rps).toFixed(2)}, p50 ×${(t.p50 / base.p50).toFixed(2)}, p99 ×${(t.p99 / base.p99).toFixed(2)}, CPU/req ×${(t.cpu / base.cpu).toFixed(2)}`;
    const byKey = (key: PeerKey) => {
      const peer = peers.find((p) => p.key === key);
      return peer && { label: peer.label, totals: totals.get(peer.label)! };
    };
    for (const [baseKey, keys] of [
      ['stock', ['stock-pooled', 'router-tsx', 'router', 'hive']],
      ['hive', ['router-tsx', 'router']],
      ['hive-dedup', ['router-dedup']],
      ['router', ['router-dedup']],
    ] as const) {
      const base = byKey(baseKey);
      if (!base) continue;
      for (const key of keys) {
        const peer = byKey(key);
        if (peer) console.log(`${peer.label} / ${base.label}: ${ratio(peer.totals, base.totals)}`);
      }
    }
    console.log(`every response (${(requests * rounds + 100) * peers.length}) matched the expected one`);
    if (profiling) {
      for (const child of children.reverse()) await child.stop();
      children.length = 0;
      for (const peer of peers) {
        const dir = join(profileDir, peer.key);
        for (const file of existsSync(dir) ? readdirSync(dir) : [])
          printProfileSummary(
            `${peer.label}, after the warm-up (${join(dir, file)})`,
            summarizeCpuProfile(join(dir, file), warmedUpMs),
          );
      }
    }
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
