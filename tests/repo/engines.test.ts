import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { readRepoFile, readYaml } from './support/repo-files';

interface LockEntry {
  version?: string;
  link?: boolean;
  resolved?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  engines?: { node?: string } | string[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readRepoFile('package-lock.json')) as { packages: Record<string, LockEntry> };
const packages = lock.packages;
const declared = (JSON.parse(readRepoFile('package.json')) as { engines: { node: string } }).engines.node;
const ciMajors = (
  readYaml<{ jobs: { test: { strategy: { matrix: { node: string[] } } } } }>('.github/workflows/ci.yml').jobs
    .test.strategy.matrix.node ?? []
).map(String);
/** The Node versions the project promises: the lowest of `engines` and the first LTS release of every CI major. */
const FIRST_LTS: Record<string, string> = { '20': '20.9.0', '22': '22.11.0', '24': '24.11.0' };
const promised = [
  semver.minVersion(declared)!.version,
  ...ciMajors
    .map((v) => v.split('.')[0]!)
    .filter((major) => major !== String(semver.minVersion(declared)!.major))
    .map((major) => FIRST_LTS[major] ?? `${major}.0.0`),
];

/**
 * Known, reviewed exceptions: the package declares a narrower range than it needs, and the test suite passes on
 * every promised version with it. Each entry must still be installed at that version; remove it when fixed.
 */
const KNOWN_EXCEPTIONS: Record<string, string> = {
  // Reached through @graphql-tools/* (subgraph schema printing) and graphql-yoga (the bundled GraphiQL's peer);
  // declares >=22.15 although it only uses Promise helpers available on Node 20.
  '@whatwg-node/promise-helpers@2.0.1': 'declares node >=22.15; runs on 20 (the whole suite runs on 20)',
  // The search service's Elasticsearch client (an optional backend); 9.3.x declares >=18 but the server major 9
  // accepts both.
  '@elastic/elasticsearch@9.5.1': 'declares node >=22; pin 9.3.x to honour Node 20 (search owner to decide)',
};

/** Where Node resolves `name` from the package installed at `from` (a lockfile key). */
function resolve(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return undefined;
    const nested = dir.lastIndexOf('/node_modules/');
    dir = nested >= 0 ? dir.slice(0, nested) : dir.startsWith('node_modules/') ? '' : '';
  }
}

/** Every package a workspace needs at run time (`dependencies`, transitively), as lockfile keys. */
function runtimeClosure(): Set<string> {
  const seen = new Set<string>();
  const queue: [string, string][] = [];
  const enqueue = (from: string, entry: LockEntry) => {
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies }))
      queue.push([from, name]);
  };
  for (const [key, entry] of Object.entries(packages))
    if (key && !key.includes('node_modules/')) enqueue(key, entry);
  while (queue.length) {
    const [from, name] = queue.pop()!;
    const at = resolve(from, name);
    if (!at || seen.has(at)) continue;
    seen.add(at);
    const entry = packages[at]!;
    if (entry.link && entry.resolved) enqueue(entry.resolved, packages[entry.resolved] ?? {});
    else enqueue(at, entry);
  }
  return seen;
}

/** Platform packages for other systems (sharp's win32 build, …) are never installed on a Linux server. */
const installsHere = (entry: LockEntry) =>
  (!entry.os || entry.os.includes('linux')) &&
  (!entry.cpu || entry.cpu.some((c) => ['x64', 'arm64'].includes(c)));

describe('runtime dependencies and the Node versions we declare', () => {
  it(`declares Node ${declared}, tested on ${ciMajors.join(' and ')}`, () => {
    expect(semver.validRange(declared)).toBeTruthy();
    expect(promised.length).toBeGreaterThanOrEqual(2);
    for (const version of promised) expect(semver.satisfies(version, declared), version).toBe(true);
  });

  it("accepts every promised Node version in each runtime dependency's engines range", () => {
    const closure = runtimeClosure();
    expect(closure.size).toBeGreaterThan(100);
    const violations: string[] = [];
    for (const at of closure) {
      const entry = packages[at]!;
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (!range || !installsHere(entry)) continue;
      const name = at.slice(at.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const id = `${name}@${entry.version}`;
      const refused = promised.filter((version) => !semver.satisfies(version, range));
      if (refused.length && !(id in KNOWN_EXCEPTIONS))
        violations.push(`${id} (engines.node "${range}") refuses Node ${refused.join(', ')}`);
    }
    expect(violations).toEqual([]);
  });

  it('lists only exceptions that are still installed', () => {
    const installed = new Set(
      Object.entries(packages).map(
        ([key, entry]) =>
          `${key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`,
      ),
    );
    for (const id of Object.keys(KNOWN_EXCEPTIONS)) expect(installed.has(id), id).toBe(true);
  });
});
