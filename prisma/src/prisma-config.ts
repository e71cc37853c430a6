import type { PrismaConfig } from 'prisma';
import { createMigrationAdapter } from './migration-adapter';
import { databaseUrlEnvVar, databaseUrlFor } from './database-url';

/**
 * The prisma.config.ts of every subgraph: the schema under ./prisma, and migrations run by Prisma's bundled
 * WASM schema engine through the pg adapter, so no engine binary is ever downloaded.
 */
export function definePrismaConfig(subgraph: string): PrismaConfig {
  // The schema's datasource reads this variable; fill it from the shared convention when unset.
  process.env[databaseUrlEnvVar(subgraph)] ??= databaseUrlFor(subgraph);
  return {
    schema: 'prisma/schema.prisma',
    experimental: { adapter: true },
    engine: 'js',
    adapter: async () => createMigrationAdapter(databaseUrlFor(subgraph)),
  } as PrismaConfig;
}
