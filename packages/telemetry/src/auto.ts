import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { startTelemetry } from './sdk';
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
if (!process.env.VITEST && tracingRequested()) {
  const telemetry = startTelemetry({ serviceName: serviceNameFromPackage() });
  const flush = () => void telemetry.shutdown().catch(() => undefined);
  process.once('beforeExit', flush);
}
