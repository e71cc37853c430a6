import { spawn } from 'node:child_process';
import { SUBGRAPHS } from '@msa/topology';
import { databaseUrlEnvVar, databaseUrlFor } from '../database-url';
import { hasPrismaSchema, subgraphDir } from '../repo-paths';

/** Subgraphs that own a database, optionally narrowed by names given on the command line. */
export function selectDatabaseSubgraphs(only: string[]): string[] {
  const names = SUBGRAPHS.filter((s) => s.database && hasPrismaSchema(s.name)).map((s) => s.name);
  const unknown = only.filter((name) => !names.includes(name));
  if (unknown.length)
    throw new Error(`Unknown subgraph(s): ${unknown.join(', ')}. Known: ${names.join(', ')}`);
  return only.length ? only : names;
}

/** Runs the Prisma CLI in a subgraph's folder with its database URL set; rejects with Prisma's output on failure. */
export function runPrisma(name: string, args: string[], databaseUrl = databaseUrlFor(name)): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['prisma', ...args], {
      cwd: subgraphDir(name),
      env: {
        ...process.env,
        [databaseUrlEnvVar(name)]: databaseUrl,
        CHECKPOINT_DISABLE: '1',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`prisma ${args.join(' ')} failed for ${name}:\n${output}`)),
    );
  });
}

/** Hides credentials when a URL is printed. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
