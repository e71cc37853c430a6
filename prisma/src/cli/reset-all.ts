import { databaseUrlFor } from '../database-url';
import { dropDatabase, ensureDatabase } from '../database-admin';
import { createProgress } from './progress';
import { redactUrl, runPrisma, selectDatabaseSubgraphs } from './subgraph-databases';

/** `npm run db:reset [-- names]`: drops and recreates each subgraph database, then applies its migrations. */
async function main() {
  if (process.env.NODE_ENV === 'production' && process.env.ALLOW_PRODUCTION_RESET !== '1') {
    throw new Error(
      'Refusing to drop databases with NODE_ENV=production (set ALLOW_PRODUCTION_RESET=1 to insist).',
    );
  }
  const names = selectDatabaseSubgraphs(process.argv.slice(2));
  const progress = createProgress('db:reset', names.length);
  await Promise.all(
    names.map(async (name) => {
      const url = databaseUrlFor(name);
      await dropDatabase(url);
      await ensureDatabase(url);
      await runPrisma(name, ['migrate', 'deploy']);
      progress.step(`${name}: recreated ${redactUrl(url)}`);
    }),
  );
  progress.finish();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
