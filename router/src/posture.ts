import type { SchemaExplorer } from './http/schema-explorer';

/**
 * How exposed the router is: everything that differs between a developer's machine and a public deployment
 * lives here, so one place says what production turns off or tightens.
 */
export interface RouterPosture {
  /** Schema introspection; off in production. */
  introspection: boolean;
  /** "Did you mean …?" field suggestions in validation errors; off in production (they leak the schema). */
  fieldSuggestions: boolean;
  /** Stack traces in error responses: never. */
  stackTraces: false;
  /** A schema explorer on GET /graphql (and GraphiQL on /graphiql); off in production. */
  explorer: SchemaExplorer | false;
  /** Security headers (helmet) on every HTTP response; always on. */
  securityHeaders: true;
  /** Longest wait for a request's headers before the socket is dropped (Node's server.headersTimeout). */
  headersTimeoutMs: number;
  /** Longest wait for a whole request, headers and body, uploads included (Node's server.requestTimeout). */
  requestTimeoutMs: number;
  /** Longest wait for a GraphQL request body once its headers arrived; then 408 and the socket is closed. */
  bodyReadTimeoutMs: number;
  /**
   * Where /metrics is served: a separate internal listener (never the public port). Port 0 picks a free one.
   * The public port answers /metrics with 404.
   */
  metrics: { port: number; host: string };
}

export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
export const DEFAULT_BODY_READ_TIMEOUT_MS = 10_000;
/** The router's internal metrics port, next to its public one (4000). */
export const DEFAULT_METRICS_PORT = 9400;

export interface PostureOverrides {
  introspection?: boolean | undefined;
  fieldSuggestions?: boolean | undefined;
  sandbox?: boolean | undefined;
  explorer?: SchemaExplorer | undefined;
  headersTimeoutMs?: number | undefined;
  requestTimeoutMs?: number | undefined;
  bodyReadTimeoutMs?: number | undefined;
  metricsPort?: number | undefined;
  metricsHost?: string | undefined;
}

/** The posture for this environment: production defaults to closed, development to open, overrides win. */
export function resolvePosture(
  production: boolean,
  overrides: PostureOverrides,
  listenHost: string,
): RouterPosture {
  const explorerOn = overrides.sandbox ?? !production;
  return {
    introspection: overrides.introspection ?? !production,
    fieldSuggestions: overrides.fieldSuggestions ?? !production,
    stackTraces: false,
    explorer: explorerOn ? (overrides.explorer ?? 'auto') : false,
    securityHeaders: true,
    headersTimeoutMs: overrides.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: overrides.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    bodyReadTimeoutMs: overrides.bodyReadTimeoutMs ?? DEFAULT_BODY_READ_TIMEOUT_MS,
    metrics: { port: overrides.metricsPort ?? 0, host: overrides.metricsHost ?? listenHost },
  };
}
