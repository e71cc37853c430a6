/**
 * `npm run typecheck`: strict TypeScript over the whole repository in four programs, so that each source file
 * is checked once rather than once per workspace that imports it:
 *
 * - the Node side (tsconfig.json at the root): packages, prisma, subgraphs, router, scripts, tests and the
 *   infrastructure generators;
 * - web/, admin/ and packages/web-kit/ (browser and JSX code; each app has its own `@/` path alias).
 *
 * The Node program is the long one; the three small ones run beside it, one after another.
 */
import { createRequire } from 'node:module';
import { runLanes, type Check } from './support/run-lanes';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const program = (project: string): Check => ({
  name: `typecheck ${project === '.' ? '' : `${project}/`}tsconfig.json`,
  script: tsc,
  args: ['--noEmit', '-p', project],
});

await runLanes([[program('.')], ['web', 'admin', 'packages/web-kit'].map(program)]);
