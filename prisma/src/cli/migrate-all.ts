import { databaseUrlFor } from '../database-url';
import { ensureDatabase } from '../database-admin';
import { createProgress } from './progress';
import { redactUrl, runPrisma, selectDatabaseSubgraphs } from './subgraph-databases';

/**
 * `npm run db:migrate [-- users products]`: creates each subgraph's database when missing and applies its
 * migrations with `prisma migrate deploy` (Prisma's WASM schema engine; nothing is downloaded).
 */
async function main() {
  const names = selectDatabaseSubgraphs(process.argv.slice(2));
  const progress = createProgress('db:migrate', names.length);
  // Databases are independent, so they migrate in parallel; each line appears as its subgraph finishes.
  await Promise.all(
    names.map(async (name) => {
      const url = databaseUrlFor(name);
      const created = await ensureDatabase(url);
      const output = await runPrisma(name, ['migrate', 'deploy']);
      const found = /(\d+) migrations? found/.exec(output)?.[1] ?? '?';
      const upToDate = output.includes('No pending migrations');
      progress.step(
        `${name}: ${created ? 'created ' : ''}${redactUrl(url)} — ${found} migration(s), ${upToDate ? 'up to date' : 'pending ones applied'}`,
      );
    }),
  );
  progress.finish();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
