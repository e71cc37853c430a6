import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { WebApp } from './support/web-apps';

const ROOT = join(import.meta.dirname, '..', '..');
const APPS: WebApp[] = ['web', 'admin'];

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === '.next') return [];
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** A hash of everything a production build of the app is made from: its sources and the shared package. */
function sourceHash(app: WebApp): string {
  const hash = createHash('sha256');
  const inputs = [
    ...listFiles(join(ROOT, app, 'src')),
    ...listFiles(join(ROOT, 'packages', 'web-kit', 'src')),
    ...['package.json', 'next.config.ts', 'tsconfig.json'].map((file) => join(ROOT, app, file)),
    join(ROOT, 'packages', 'web-kit', 'package.json'),
    join(ROOT, 'package-lock.json'),
  ].sort();
  for (const file of inputs) hash.update(relative(ROOT, file)).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * Builds the production bundles of the storefront and the dashboard once per run, skipping an app whose
 * sources are unchanged since its last build (the hash is kept beside the build).
 */
export default function setup(): void {
  for (const app of APPS) {
    const marker = join(ROOT, app, '.next', 'source-hash');
    const wanted = sourceHash(app);
    if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) continue;
    const started = Date.now();
    process.stdout.write(`browser tests: building ${app}/ (next build)…\n`);
    execFileSync('npm', ['run', 'build', '--silent', `--workspace=@msa/${app}`], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    });
    writeFileSync(marker, wanted);
    process.stdout.write(`browser tests: ${app}/ built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
}
