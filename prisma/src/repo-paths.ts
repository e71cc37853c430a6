import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this package lives in <root>/prisma). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function subgraphDir(name: string): string {
  return join(REPO_ROOT, 'subgraphs', name);
}

export function migrationsDirOf(name: string): string {
  return join(subgraphDir(name), 'prisma', 'migrations');
}

/** A subgraph takes part in database commands once it has a Prisma schema. */
export function hasPrismaSchema(name: string): boolean {
  return existsSync(join(subgraphDir(name), 'prisma', 'schema.prisma'));
}
