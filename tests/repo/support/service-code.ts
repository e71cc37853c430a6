import { databaseUrlEnvVar } from '@msa/prisma-toolkit';
import { SUBGRAPHS, subgraphUrlEnvVar } from '@msa/topology';
import { existsInRepo, listRepoFiles, readRepoFile } from './repo-files';
import type { NodeServiceKind } from './compose-file';

const SOURCE_FILE = /\.(ts|tsx|mts|js|mjs|prisma)$/;
const WORKSPACE_FOLDERS = ['packages', 'subgraphs'];

/** Switches every container may carry whether or not the code reads them (read by the tools themselves). */
export const ALWAYS_ALLOWED_ENV = new Set([
  'NODE_ENV',
  'APOLLO_TELEMETRY_DISABLED',
  'TURBO_TELEMETRY_DISABLED',
  'NEXT_TELEMETRY_DISABLED',
  'DO_NOT_TRACK',
  'CHECKPOINT_DISABLE',
]);

/** `next start` itself reads these. */
const NEXT_RUNTIME_ENV = new Set(['PORT', 'HOSTNAME']);

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
}

let workspaceDirs: Map<string, string> | undefined;

/** Workspace package name → folder, from the manifests on disk. */
function workspaces(): Map<string, string> {
  if (workspaceDirs) return workspaceDirs;
  const dirs = ['prisma', 'router', 'web', 'admin'];
  for (const folder of WORKSPACE_FOLDERS) {
    for (const manifest of listRepoFiles(folder, (name) => name === 'package.json')) {
      if (manifest.split('/').length === 3) dirs.push(manifest.slice(0, -'/package.json'.length));
    }
  }
  workspaceDirs = new Map(
    dirs
      .filter((dir) => existsInRepo(`${dir}/package.json`))
      .map((dir) => [(JSON.parse(readRepoFile(`${dir}/package.json`)) as Manifest).name, dir]),
  );
  return workspaceDirs;
}

/** The workspace folders a package runs code from: itself and its workspace dependencies, transitively. */
export function workspaceClosure(dir: string): string[] {
  const byName = workspaces();
  const seen = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    const manifest = JSON.parse(readRepoFile(`${current}/package.json`)) as Manifest;
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      const dependencyDir = byName.get(dependency);
      if (dependencyDir) visit(dependencyDir);
    }
  };
  visit(dir);
  return [...seen];
}

/** Source files of one workspace folder: src/, prisma/ and its prisma.config.ts. */
function sourcesOf(dir: string): string[] {
  return [
    ...listRepoFiles(`${dir}/src`, (name) => SOURCE_FILE.test(name)),
    ...listRepoFiles(`${dir}/prisma`, (name) => SOURCE_FILE.test(name)),
    ...(existsInRepo(`${dir}/prisma.config.ts`) ? [`${dir}/prisma.config.ts`] : []),
  ];
}

/** Every source file a workspace runs: its own and its workspace dependencies'. */
export function workspaceSources(dir: string): string[] {
  return workspaceClosure(dir).flatMap(sourcesOf);
}

/** The files whose code runs in a container of this kind: where an env var it is given must be read. */
export function codeScope(kind: NodeServiceKind, dir: string): string[] {
  if (kind === 'next') {
    // The app's own files and the shared frontend packages it depends on (e.g. API_ORIGIN in @msa/web-kit).
    return [
      ...listRepoFiles(dir, (name) => SOURCE_FILE.test(name) && !name.endsWith('.d.ts')),
      ...workspaceClosure(dir)
        .filter((d) => d !== dir)
        .flatMap(sourcesOf),
    ];
  }
  if (kind === 'migrate') {
    // `npm run db:migrate` / `db:seed` run the prisma toolkit, which loads every subgraph's prisma/seed.ts.
    const subgraphDirs = [...workspaces().values()].filter((d) => d.startsWith('subgraphs/'));
    const dirs = new Set([
      ...workspaceClosure('prisma'),
      ...subgraphDirs.flatMap((d) => workspaceClosure(d)),
    ]);
    return [...dirs].flatMap(sourcesOf);
  }
  return workspaceSources(dir);
}

/**
 * Names built at run time rather than written out: the router's `<NAME>_URL` (topology) and a subgraph's
 * `<NAME>_DATABASE_URL` (prisma toolkit). They count as read where code calls the helper that builds them.
 */
const DERIVED_NAMES = [
  {
    names: SUBGRAPHS.map((s) => subgraphUrlEnvVar(s.name)),
    definedIn: 'packages/topology/src/index.ts',
    caller: /\bsubgraphUrl(EnvVar)?\(/,
  },
  {
    names: SUBGRAPHS.map((s) => databaseUrlEnvVar(s.name)),
    definedIn: 'prisma/src/database-url.ts',
    caller: /\b(databaseUrlFor|databaseUrlEnvVar|definePrismaConfig)\(/,
  },
];

const contents = new Map<string, string>();
function contentOf(path: string): string {
  let text = contents.get(path);
  if (text === undefined) {
    text = readRepoFile(path);
    contents.set(path, text);
  }
  return text;
}

function mentions(text: string, name: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9_])${name}(?![A-Za-z0-9_])`).test(text);
}

/** The env var names (from `names`) that no file in scope reads. */
export function unreadEnvVars(kind: NodeServiceKind, names: string[], scope: string[]): string[] {
  return names.filter((name) => {
    if (ALWAYS_ALLOWED_ENV.has(name)) return false;
    if (kind === 'next' && NEXT_RUNTIME_ENV.has(name)) return false;
    if (scope.some((file) => mentions(contentOf(file), name))) return false;
    const derived = DERIVED_NAMES.find((d) => d.names.includes(name));
    return (
      !derived || !scope.some((file) => file !== derived.definedIn && derived.caller.test(contentOf(file)))
    );
  });
}
