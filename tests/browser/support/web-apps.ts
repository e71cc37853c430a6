import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { waitForHttp } from './wait-for-http';

export type WebApp = 'web' | 'admin';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const NEXT_BIN = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

export interface RunningWebApp {
  app: WebApp;
  url: string;
  stop(): Promise<void>;
}

/** The production build of an app exists (the browser project's global setup builds it). */
export function isBuilt(app: WebApp): boolean {
  return existsSync(join(ROOT, app, '.next', 'BUILD_ID'));
}

/**
 * The files the test run's build of an app leaves: `built` holds the hash of the sources it was built from,
 * `failed` the end of the error output of a build that failed.
 */
export function buildMarkers(app: WebApp): { built: string; failed: string } {
  return {
    built: join(ROOT, app, '.next', 'source-hash'),
    failed: join(ROOT, app, '.next', 'build-failed.log'),
  };
}

/**
 * Serves the production build of an app (`next start`) on a port, pointed at a router origin. The app reads
 * API_ORIGIN (and settings such as SHOP_PRICES_INCLUDE_TAX, passed in `env`) at run time, so one build serves
 * every test run on any free port.
 */
export async function startWebApp(
  app: WebApp,
  port: number,
  apiOrigin: string,
  env: Record<string, string> = {},
): Promise<RunningWebApp> {
  if (!isBuilt(app)) throw new Error(`${app}/ has no production build: run "npm run build -w @msa/${app}"`);
  const child: ChildProcess = spawn(
    process.execPath,
    [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: join(ROOT, app),
      env: {
        ...process.env,
        ...env,
        NODE_ENV: 'production',
        API_ORIGIN: apiOrigin,
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  // A test process that ends without stopping the app (a crash, a forced exit) does not leave it running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const url = `http://localhost:${port}`;
  try {
    await waitForHttp(url, 180_000, () => (child.exitCode === null ? null : `next start exited:\n${output}`));
  } catch (error) {
    process.off('exit', killOnExit);
    child.kill('SIGKILL');
    throw error;
  }
  return {
    app,
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off('exit', killOnExit);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
