import { readYaml } from './repo-files';

export interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string; args?: Record<string, string> };
  command?: string | string[];
  environment?: Record<string, unknown> | string[];
  ports?: (string | { published?: string | number; target?: number })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  restart?: string;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

export const COMPOSE_FILE = 'docker-compose.yml';
export const NODE_DOCKERFILE = 'infrastructure/docker/Dockerfile';
export const NEXT_DOCKERFILE = 'infrastructure/docker/Dockerfile.next';

export function loadCompose(path = COMPOSE_FILE): ComposeFile {
  return readYaml<ComposeFile>(path);
}

/** The environment as compose hands it to the container (map or `KEY=value` list form). */
export function environmentOf(service: ComposeService): Record<string, unknown> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(
    env.map((line) => {
      const at = line.indexOf('=');
      return at < 0 ? [line, undefined] : [line.slice(0, at), line.slice(at + 1)];
    }),
  );
}

export function dependenciesOf(service: ComposeService): Record<string, string> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [name, 'service_started']));
  return Object.fromEntries(
    Object.entries(deps).map(([name, dep]) => [name, dep.condition ?? 'service_started']),
  );
}

/** Host ports a service publishes, from `[ip:]host:container[/proto]` strings or the long syntax. */
export function publishedPorts(service: ComposeService): number[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') return Number(port.published);
    const parts = port.replace(/\/(tcp|udp)$/, '').split(':');
    return Number(parts.length >= 2 ? parts[parts.length - 2] : parts[0]);
  });
}

export function containerPorts(service: ComposeService): number[] {
  return (service.ports ?? []).map((port) =>
    typeof port === 'object'
      ? Number(port.target)
      : Number(
          port
            .replace(/\/(tcp|udp)$/, '')
            .split(':')
            .pop(),
        ),
  );
}

export type NodeServiceKind = 'router' | 'subgraph' | 'migrate' | 'next';

export interface NodeService {
  name: string;
  kind: NodeServiceKind;
  /** The workspace folder the container runs in (repository-relative; `.` for the migrate one-shot). */
  dir: string;
  dockerfile: string;
  service: ComposeService;
}

/** Services built from this repository's Dockerfiles, with the workspace each one runs. */
export function nodeServices(compose: ComposeFile): NodeService[] {
  return Object.entries(compose.services)
    .filter(([, service]) => service.build)
    .map(([name, service]) => {
      const dockerfile = service.build?.dockerfile ?? 'Dockerfile';
      const args = service.build?.args ?? {};
      if (dockerfile === NEXT_DOCKERFILE)
        return { name, kind: 'next', dir: String(args.APP), dockerfile, service };
      const target = String(args.SERVICE);
      if (target === 'router') return { name, kind: 'router', dir: 'router', dockerfile, service };
      if (target === 'migrate') return { name, kind: 'migrate', dir: '.', dockerfile, service };
      return { name, kind: 'subgraph', dir: `subgraphs/${target}`, dockerfile, service };
    });
}

/** Commands as one string, for asserting on what a one-shot runs. */
export function commandLine(service: ComposeService): string {
  return Array.isArray(service.command) ? service.command.join(' ') : (service.command ?? '');
}

/** `${NAME}`, `${NAME:?message}`, `${NAME:-default}` and the other forms compose substitutes from the host. */
const INTERPOLATION = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[?\-+])([^}]*))?\}/g;

export interface Interpolation {
  name: string;
  /** `:?`, `?`, `:-`, `-`, `:+`, `+`, or '' for a bare `${NAME}`. */
  operator: string;
  argument: string;
}

/** The host variables a value takes from the environment compose runs in. */
export function interpolationsIn(value: string): Interpolation[] {
  return [...value.matchAll(INTERPOLATION)].map((m) => ({
    name: m[1]!,
    operator: m[2] ?? '',
    argument: m[3] ?? '',
  }));
}

/** What compose makes of a value when the host sets every variable it names to `hostValue`. */
export function interpolate(value: string, hostValue: (name: string) => string): string {
  return value.replace(INTERPOLATION, (_, name: string) => hostValue(name));
}

export interface UrlTarget {
  variable: string;
  host: string;
  /** 0 when the URL names no port. */
  port: number;
}

/**
 * Where the URLs in a service's environment point (hosts are compose service names inside the stack); a
 * comma-separated list (CORS_ORIGINS) gives one target per entry.
 */
export function urlTargetsOf(service: ComposeService): UrlTarget[] {
  return Object.entries(environmentOf(service)).flatMap(([variable, value]) => {
    if (typeof value !== 'string' || !/^[a-z][a-z0-9+.-]*:\/\//.test(value) || value.includes('${'))
      return [];
    return value.split(',').map((entry) => {
      const url = new URL(entry.trim());
      return { variable, host: url.hostname, port: Number(url.port) };
    });
  });
}
