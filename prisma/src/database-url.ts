/** Default server for every subgraph database when nothing more specific is configured. */
export const DEFAULT_POSTGRES_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export function databaseNameFor(subgraph: string): string {
  return `msa_${subgraph.replace(/-/g, '_')}`;
}

/** The env var that overrides one subgraph's database, e.g. USERS_DATABASE_URL. */
export function databaseUrlEnvVar(subgraph: string): string {
  return `${subgraph.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`;
}

/** Replaces the database name in a connection URL, keeping host, credentials and options. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * `<NAME>_DATABASE_URL` wins; otherwise the database `msa_<name>` on the server of DATABASE_URL (or the
 * local default).
 */
export function databaseUrlFor(subgraph: string, env: NodeJS.ProcessEnv = process.env): string {
  const specific = env[databaseUrlEnvVar(subgraph)];
  if (specific) return specific;
  return withDatabase(env.DATABASE_URL || DEFAULT_POSTGRES_URL, databaseNameFor(subgraph));
}
