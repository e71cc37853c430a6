import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/repo-files';

/** `pkg` or `@scope/pkg` of a bare specifier. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** The bare specifiers a compiled module still imports or requires at run time. */
function runtimeImports(source: string): Set<string> {
  const found = new Set<string>();
  for (const match of source.matchAll(/(?:from\s*|import\s*\(\s*|require\(\s*)"([^"./][^"]*)"/g))
    found.add(match[1]!);
  return found;
}

// The runtime image has the root node_modules only (npm ci --omit=dev at the root); packages npm had to
// install nested under a workspace are not there, so the compiled service must not import them by name.
describe('a compiled service', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'service-bundle-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('imports at run time only packages of the root node_modules, Node built-ins and optional add-ons', () => {
    // users imports the subgraph kit, whose circuit breaker (opossum) npm installed nested under the kit.
    execFileSync(process.execPath, ['infrastructure/docker/build-service.mjs', 'users', outDir], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
    });
    const bundles = readdirSync(outDir).filter((file) => file.endsWith('.mjs'));
    expect(bundles).toContain('index.mjs');
    const builtins = new Set(builtinModules);
    const unavailable = bundles.flatMap((file) =>
      [...runtimeImports(readFileSync(join(outDir, file), 'utf8'))]
        .filter((specifier) => !specifier.startsWith('node:') && !builtins.has(packageOf(specifier)))
        .filter((specifier) => !existsSync(join(REPO_ROOT, 'node_modules', packageOf(specifier))))
        // Optional native add-ons that ws tries in a try/catch, installed nowhere.
        .filter((specifier) => !['bufferutil', 'utf-8-validate'].includes(specifier))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(unavailable).toEqual([]);
  });
});
