import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The test projects. Unit specs sit beside pure code and touch no I/O; integration tests run one subgraph or
 * package against the real local Postgres and Redis; e2e tests boot the whole supergraph in process; security
 * tests are the regression tests of security findings.
 *
 * Files share their worker's module graph (`isolate: false`): every file builds its own databases, queue
 * prefixes and servers, and re-importing the subgraphs for each file was most of the run (on two cores with one
 * kept busy: integration 517 s → 157 s, unit 115 s → 13 s, e2e and security 412 s → 270 s). The browser files
 * also share the shop they run against (tests/browser/support/shared-shop.ts).
 */
const shared = {
  resolve: { alias: { graphql: 'graphql/index.js' } },
};

/**
 * `expect.poll` waits for effects that travel over queues and sockets. Vitest's default of one second is
 * shorter than a saga's few hops on a loaded two-core machine, where it failed tests that were only slow.
 */
const waitForEffects = { poll: { timeout: 15_000, interval: 50 } };

export const testProjects: TestProjectInlineConfiguration[] = [
  {
    ...shared,
    // The apps' specs import their own modules through the `@/` path alias of their tsconfig.
    resolve: { ...shared.resolve, tsconfigPaths: true },
    test: {
      name: 'unit',
      sequence: { groupOrder: 0 },
      maxWorkers: 2,
      isolate: false,
      include: ['{packages,subgraphs,router,prisma}/**/src/**/*.spec.ts', '{web,admin}/src/**/*.spec.ts'],
      exclude: ['**/node_modules/**'],
    },
  },
  {
    ...shared,
    test: {
      name: 'integration',
      expect: waitForEffects,
      // Integration files mostly wait on Postgres, Redis and queues: three at once keep two cores busy.
      sequence: { groupOrder: 1 },
      maxWorkers: 3,
      isolate: false,
      include: ['{packages,subgraphs,router,prisma}/**/test/**/*.test.ts', 'tests/repo/**/*.test.ts'],
      exclude: ['**/node_modules/**'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  },
  {
    ...shared,
    test: {
      name: 'e2e',
      expect: waitForEffects,
      isolate: false,
      sequence: { groupOrder: 3 },
      include: ['tests/e2e/**/*.test.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      fileParallelism: false,
    },
  },
  {
    ...shared,
    test: {
      name: 'browser',
      expect: waitForEffects,
      sequence: { groupOrder: 2 },
      include: ['tests/browser/**/*.test.ts'],
      // Builds web/ and admin/ for production once (skipped when their sources are unchanged), in the
      // background while the unit and integration projects run; each browser file waits for the builds.
      globalSetup: ['tests/browser/global-setup.ts'],
      setupFiles: ['tests/browser/support/await-app-builds.ts'],
      testTimeout: 120_000,
      // The first file's hooks boot the whole system in process, seed it and start the apps: about 30 s on an
      // idle machine, and over 240 s (the limit before) with the load average above 30. The limit is a guard
      // against a hang, not a measure of speed.
      hookTimeout: 600_000,
      // One worker runs every file, one after another, keeping its modules: the shop booted for the first
      // file serves the later ones and is stopped when the worker ends (support/shared-shop.ts).
      isolate: false,
      fileParallelism: false,
      maxWorkers: 1,
    },
  },
  {
    ...shared,
    test: {
      name: 'security',
      expect: waitForEffects,
      isolate: false,
      sequence: { groupOrder: 4 },
      include: ['tests/security/**/*.test.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      fileParallelism: false,
    },
  },
];

export default testProjects;
