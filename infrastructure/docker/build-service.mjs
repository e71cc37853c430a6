// Compiles one service (the router or a subgraph) and its workspace packages (@msa/*) into a single ES module,
// so the runtime image runs it with plain `node` and needs only the production dependencies from npm:
//
//   node infrastructure/docker/build-service.mjs <router|subgraph name> [<out dir>]
//
// npm packages stay external (installed with `npm ci --omit=dev` and loaded from node_modules); the workspace
// packages are TypeScript, so they are compiled into the bundle. The bundle sits in <service>/dist/, one folder
// below the service like src/, so `new URL('..', import.meta.url)` paths of src/*.ts keep pointing where they did.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROOT_NODE_MODULES = join(ROOT, 'node_modules');

/** `pkg` or `@scope/pkg` of a bare import (`pkg/sub/path` → `pkg`). */
function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Where Node would find a package imported from `fromDir`: the nearest node_modules holding it, or null. */
function installedFolderOf(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * Bare imports of npm packages stay imports when they resolve to the repository's root node_modules, the only
 * one the runtime image has (npm ci --omit=dev at the root). A package npm installed nested under a workspace
 * (a version that could not be hoisted, e.g. packages/subgraph-kit/node_modules/opossum) is not there at run
 * time, so it is bundled like the workspace code that imports it. Imports nothing provides (optional native
 * add-ons a package tries in a try/catch) stay imports. Workspace packages (@msa/*) and relative files are
 * bundled.
 */
const npmPackagesExternal = {
  name: 'npm-packages-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@msa/') || args.path.startsWith('node:')) return undefined;
      const folder = installedFolderOf(packageNameOf(args.path), args.resolveDir);
      const atRoot = folder !== null && !relative(ROOT_NODE_MODULES, folder).split(sep).includes('..');
      const nestedUnderWorkspace = folder !== null && !atRoot;
      return nestedUnderWorkspace ? undefined : { path: args.path, external: true };
    });
  },
};

/**
 * The esbuild options every compiled service (and a benchmark's server built the same way) shares: one ES
 * module for Node 20, npm packages left to the root node_modules (see npmPackagesExternal), require() available
 * to the CommonJS packages that need it. `tsconfig` gives the decorators of type-graphql their legacy
 * (experimentalDecorators) semantics, as tsx and vitest compile them.
 */
export function serviceBundleOptions({ tsconfig }) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20.19',
    format: 'esm',
    sourcemap: 'linked',
    tsconfig,
    plugins: [npmPackagesExternal],
    banner: {
      js: "import { createRequire as __msaCreateRequire } from 'node:module'; const require = __msaCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  };
}

/** Compiles one service into `outdir` (by default `<service>/dist`), with its command-line tools beside it. */
async function buildService(service, outdirArgument) {
  if (!service) {
    console.error('usage: node infrastructure/docker/build-service.mjs <router|subgraph name>');
    process.exit(2);
  }
  const dir = service === 'router' ? join(ROOT, 'router') : join(ROOT, 'subgraphs', service);
  const entry = join(dir, 'src', 'index.ts');
  if (!existsSync(entry)) {
    console.error(`${entry} does not exist`);
    process.exit(2);
  }
  const outdir = outdirArgument ? resolve(outdirArgument) : join(dir, 'dist');

  // Command-line tools of the service (src/cli/*.ts, e.g. users' create-admin) become dist/<name>.mjs beside it.
  const cliDir = join(dir, 'src', 'cli');
  const tools = existsSync(cliDir)
    ? Object.fromEntries(
        readdirSync(cliDir)
          .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
          .map((name) => [name.replace(/\.ts$/, ''), join(cliDir, name)]),
      )
    : {};

  await build({
    ...serviceBundleOptions({ tsconfig: join(dir, 'tsconfig.json') }),
    entryPoints: { index: entry, ...tools },
    outdir,
    outExtension: { '.js': '.mjs' },
  });
  process.stdout.write(
    `built ${service} → ${outdir}: ${['index', ...Object.keys(tools)].map((n) => `${n}.mjs`).join(', ')}\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]))
  await buildService(process.argv[2], process.argv[3]);
