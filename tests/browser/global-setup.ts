import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildMarkers, type WebApp } from './support/web-apps';

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

/** Runs `next build` for one app; resolves with its exit code and the end of its error output. */
function nextBuild(
  app: WebApp,
  started: (child: ChildProcess) => void,
): Promise<{ code: number; errors: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build', '--silent', `--workspace=@msa/${app}`], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        // `npm run typecheck` checks the apps' types; the test run's builds skip Next's second check.
        NEXT_BUILD_SKIP_TYPECHECK: '1',
      },
    });
    started(child);
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-8_000);
    });
    child.on('error', (error) => resolve({ code: 1, errors: String(error) }));
    child.on('exit', (code, signal) => resolve({ code: code ?? 1, errors: errors || `killed by ${signal}` }));
  });
}

/**
 * Builds the production bundles of the storefront and the dashboard, skipping an app whose sources are
 * unchanged since its last build (the hash is kept beside the build). The builds run in the background while
 * the unit and integration projects run; each browser file waits for them (support/await-app-builds.ts), which
 * find either the build's marker or the reason it failed. Teardown stops a build still running.
 */
export default function setup(): () => void {
  const stale = APPS.filter((app) => {
    const { built } = buildMarkers(app);
    return !(existsSync(built) && readFileSync(built, 'utf8') === sourceHash(app));
  });
  for (const app of stale) {
    const { built, failed } = buildMarkers(app);
    rmSync(built, { force: true });
    rmSync(failed, { force: true });
  }
  let running: ChildProcess | undefined;
  let stopped = false;
  void (async () => {
    for (const app of stale) {
      if (stopped) return;
      const started = Date.now();
      const wanted = sourceHash(app);
      const { code, errors } = await nextBuild(app, (child) => (running = child));
      const { built, failed } = buildMarkers(app);
      mkdirSync(join(built, '..'), { recursive: true });
      if (code === 0) writeFileSync(built, wanted);
      else writeFileSync(failed, `next build of ${app}/ failed (exit ${code}):\n${errors}`);
      process.stdout.write(
        `browser tests: ${app}/ ${code === 0 ? 'built' : 'failed to build'} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
      );
    }
  })();
  return () => {
    stopped = true;
    if (running && running.exitCode === null) running.kill('SIGTERM');
  };
}
