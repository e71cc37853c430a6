import { existsSync, readFileSync } from 'node:fs';
import { buildMarkers, type WebApp } from './web-apps';

const APPS: WebApp[] = ['web', 'admin'];
const LIMIT_MS = 20 * 60_000;

/**
 * A setup file of the browser project: waits until the global setup's background builds of both apps have
 * finished (they run while the unit and integration projects do), so a file's hooks never spend their time on
 * a build. A failed build fails every browser file with the build's own error output.
 */
const deadline = Date.now() + LIMIT_MS;
for (const app of APPS) {
  const { built, failed } = buildMarkers(app);
  while (!existsSync(built)) {
    if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
    if (Date.now() > deadline) throw new Error(`${app}/ was not built within ${LIMIT_MS / 60_000} minutes`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
