import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tracingRequested } from './settings';

/**
 * The name of the service this process runs, from the package in the working directory (`@msa/orders` →
 * `orders`): every service starts in its own package directory (npm workspaces, the container image).
 */
export function serviceNameFromPackage(cwd = process.cwd()): string {
  try {
    const name = (JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { name?: unknown }).name;
    if (typeof name === 'string' && name) return name.replace(/^@[^/]+\//, '');
  } catch {
    // No package.json here: fall back to the directory name.
  }
  return basename(cwd);
}

// Imported first by the subgraph kit and the router. Test runs start tracing explicitly (in memory) instead.
// The SDK and the instrumentations are only loaded when tracing is on: off costs nothing but this check.
if (!process.env.VITEST && tracingRequested()) {
  const { startTelemetry } = await import('./sdk');
  const telemetry = startTelemetry({ serviceName: serviceNameFromPackage() });
  // A graceful shutdown (the kit's installGracefulShutdown) flushes through shutdownTelemetry; this covers a
  // process that simply runs out of work.
  const flush = () => void telemetry.shutdown().catch(() => undefined);
  process.once('beforeExit', flush);
}
