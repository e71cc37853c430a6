/**
 * The services of the supergraph and their default local ports: the one list the router, the dev runner,
 * the database tooling and docker-compose checks all read.
 */
export interface ServiceInfo {
  name: string;
  port: number;
  /** Owns a Postgres database (msa_<name>) with Prisma migrations under subgraphs/<name>/prisma. */
  database: boolean;
}

export const ROUTER_PORT = 4000;

export const SUBGRAPHS: readonly ServiceInfo[] = [
  { name: 'users', port: 4001, database: true },
  { name: 'products', port: 4002, database: true },
  { name: 'inventory', port: 4003, database: true },
  { name: 'cart', port: 4004, database: true },
  { name: 'orders', port: 4005, database: true },
  { name: 'payments', port: 4006, database: true },
  { name: 'shipping', port: 4007, database: true },
  { name: 'promotions', port: 4008, database: true },
  { name: 'reviews', port: 4009, database: true },
  { name: 'search', port: 4010, database: true },
  { name: 'notifications', port: 4011, database: true },
];

/** `<NAME>_URL` (e.g. USERS_URL) overrides where the router finds a subgraph. */
export function subgraphUrlEnvVar(name: string): string {
  return `${name.toUpperCase()}_URL`;
}

export function subgraphUrl(service: ServiceInfo, env: NodeJS.ProcessEnv = process.env): string {
  return env[subgraphUrlEnvVar(service.name)] || `http://localhost:${service.port}/graphql`;
}

export function subgraphPort(name: string, env: NodeJS.ProcessEnv = process.env): number {
  const service = SUBGRAPHS.find((s) => s.name === name);
  if (!service) throw new Error(`Unknown subgraph "${name}"`);
  return Number(env.PORT || service.port);
}
