import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { databaseUrlFor } from '../database-url';
import { subgraphDir } from '../repo-paths';
import { createProgress } from './progress';
import { selectDatabaseSubgraphs } from './subgraph-databases';

interface SeedModule {
  seed(options: { databaseUrl: string; log: (line: string) => void }): Promise<void>;
}

/** `npm run db:seed [-- names]`: runs each subgraph's idempotent prisma/seed.ts in topology order. */
async function main() {
  const names = selectDatabaseSubgraphs(process.argv.slice(2)).filter((name) =>
    existsSync(join(subgraphDir(name), 'prisma', 'seed.ts')),
  );
  const progress = createProgress('db:seed', names.length);
  for (const name of names) {
    const module = (await import(
      pathToFileURL(join(subgraphDir(name), 'prisma', 'seed.ts')).href
    )) as SeedModule;
    await module.seed({
      databaseUrl: databaseUrlFor(name),
      log: (line) => progress.log(`    ${name}: ${line}`),
    });
    progress.step(`${name} seeded`);
  }
  progress.finish();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
