import { databaseNameFor } from '@msa/prisma-toolkit';
import { ROUTER_PORT, SUBGRAPHS, subgraphUrlEnvVar } from '@msa/topology';
import { describe, expect, it } from 'vitest';
import {
  commandLine,
  containerPorts,
  dependenciesOf,
  environmentOf,
  interpolate,
  interpolationsIn,
  loadCompose,
  NEXT_DOCKERFILE,
  NODE_DOCKERFILE,
  nodeServices,
  publishedPorts,
  urlTargetsOf,
  type ComposeService,
} from './support/compose-file';
import { configProblems, hasConfigModule, loadConfigModule, requiredKeys } from './support/config-schema';
import { existsInRepo, readRepoFile, readYaml } from './support/repo-files';
import { codeScope, unreadEnvVars, workspaceSources } from './support/service-code';

const compose = loadCompose();
const services = nodeServices(compose);
const servers = services.filter((s) => s.kind === 'router' || s.kind === 'subgraph');
const subgraphServices = services.filter((s) => s.kind === 'subgraph');
const PRODUCTION_OVERRIDE = 'infrastructure/docker/compose.production.yml';
/** Run from images of their own; the Node services reach them by compose service name. */
const BACKING_SERVICES = ['postgres', 'redis', 'mongo', 'elasticsearch', 'minio'];

function portOf(service: ComposeService): number {
  return Number(environmentOf(service).PORT);
}

/** Where a server's /metrics is: its METRICS_PORT (the router's internal one) or else its PORT. */
function metricsPortOf(service: ComposeService): number {
  const env = environmentOf(service);
  return Number(env.METRICS_PORT ?? env.PORT);
}

function majorVersion(version: string): number {
  return Number(/(\d+)\.\d+\.\d+$/.exec(version)?.[1]);
}

/** A service's config module, checked against an environment: required keys, valid values, loaders. */
async function configFailures(dir: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const { schemas, loaders } = await loadConfigModule(dir);
  if (schemas.length + loaders.length === 0) return [`${dir}/src/config.ts exports no schema or loader`];
  const failures = schemas.flatMap((schema) => [
    ...requiredKeys(schema)
      .filter((key) => env[key] === undefined)
      .map((key) => `${key} is required`),
    ...configProblems(schema, env),
  ]);
  for (const [name, load] of loaders) {
    try {
      load({ ...env });
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
    }
  }
  return failures;
}

function hasHealthcheck(name: string): boolean {
  const service = compose.services[name]!;
  if (service.healthcheck?.disable) return false;
  if (service.healthcheck?.test) return true;
  const dockerfile = service.build?.dockerfile;
  return !!dockerfile && /^HEALTHCHECK /m.test(readRepoFile(dockerfile));
}

describe('docker-compose.yml', () => {
  it('runs the backing services the system is designed for', () => {
    const images = Object.fromEntries(
      Object.entries(compose.services).map(([name, s]) => [name, s.image ?? '']),
    );
    expect(images.postgres).toMatch(/^postgres:16/);
    expect(images.redis).toMatch(/^redis:7/);
    expect(images.mongo).toMatch(/^mongo:7/);
    expect(images.elasticsearch).toMatch(/elasticsearch:\d+\.\d+\.\d+$/);
    expect(images.minio).toMatch(/^minio\/minio:RELEASE\.\d{4}-/);
    expect(images.prometheus).toMatch(/^prom\/prometheus:/);
    expect(images.grafana).toMatch(/^grafana\/grafana:/);
    const elastic = environmentOf(compose.services.elasticsearch!);
    expect(elastic['discovery.type']).toBe('single-node');
    expect(elastic['xpack.security.enabled']).toBe('false');
    for (const name of ['postgres', 'redis', 'mongo', 'elasticsearch'])
      expect(hasHealthcheck(name), name).toBe(true);
  });

  it("runs the Elasticsearch major the search service's client speaks", () => {
    // A client sends `compatible-with=<its major>`; a server one major older refuses every request.
    const manifest = JSON.parse(readRepoFile('subgraphs/search/package.json')) as {
      dependencies: Record<string, string>;
    };
    const client = manifest.dependencies['@elastic/elasticsearch'];
    expect(client, 'subgraphs/search depends on @elastic/elasticsearch').toBeTruthy();
    expect(majorVersion(compose.services.elasticsearch!.image!)).toBe(majorVersion(client!));
  });

  it('builds every Node service from an existing Dockerfile and workspace', () => {
    expect(services.map((s) => s.name)).toEqual(
      expect.arrayContaining(['migrate', 'router', 'web', 'admin']),
    );
    for (const service of services) {
      expect([NODE_DOCKERFILE, NEXT_DOCKERFILE], service.name).toContain(service.dockerfile);
      expect(service.service.build?.context, service.name).toBe('.');
      expect(existsInRepo(service.dockerfile), service.dockerfile).toBe(true);
      expect(
        existsInRepo(`${service.dir}/package.json`),
        `${service.name}: ${service.dir}/package.json`,
      ).toBe(true);
      if (service.kind === 'router' || service.kind === 'subgraph') {
        expect(
          existsInRepo(`${service.dir}/src/index.ts`),
          `${service.name}: ${service.dir}/src/index.ts`,
        ).toBe(true);
      }
      if (service.kind === 'next') expect(['web', 'admin']).toContain(service.dir);
    }
  });

  it('has a service for every subgraph of the topology, on its topology port, and none besides', () => {
    for (const subgraph of SUBGRAPHS) {
      expect(hasConfigModule(`subgraphs/${subgraph.name}`), `subgraphs/${subgraph.name}/src/config.ts`).toBe(
        true,
      );
      const service = compose.services[subgraph.name];
      expect(service, `compose service for subgraph ${subgraph.name}`).toBeDefined();
      expect(service!.build?.args?.SERVICE).toBe(subgraph.name);
      expect(portOf(service!)).toBe(subgraph.port);
      expect(containerPorts(service!)).toContain(subgraph.port);
    }
    expect(subgraphServices.map((s) => s.name).sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
    expect(portOf(compose.services.router!)).toBe(ROUTER_PORT);
  });

  it('points the router at every subgraph in the stack and waits until each is healthy', () => {
    const router = compose.services.router!;
    const env = environmentOf(router);
    const deps = dependenciesOf(router);
    for (const subgraph of subgraphServices) {
      const port = portOf(subgraph.service);
      expect(env[subgraphUrlEnvVar(subgraph.name)]).toBe(`http://${subgraph.name}:${port}/graphql`);
      expect(deps[subgraph.name], `router depends_on ${subgraph.name}`).toBe('service_healthy');
    }
    expect(env.JWKS_URL).toBe(`http://users:${portOf(compose.services.users!)}/.well-known/jwks.json`);
  });

  it('lets the web apps call the router from the origins browsers load them from', () => {
    const allowed = String(environmentOf(compose.services.router!).CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim());
    const apps = services.filter((s) => s.kind === 'next');
    expect(apps.map((s) => s.name).sort()).toEqual(['admin', 'web']);
    for (const app of apps) {
      for (const port of publishedPorts(app.service))
        expect(allowed, `router CORS_ORIGINS for ${app.name}`).toContain(`http://localhost:${port}`);
    }
  });

  it('gives every env var as a string (YAML would otherwise turn true/1 into other types)', () => {
    for (const service of services) {
      for (const [name, value] of Object.entries(environmentOf(service.service))) {
        expect(typeof value, `${service.name}.${name}`).toBe('string');
      }
    }
  });

  it('sets only env vars that the service code reads', () => {
    const problems = services.flatMap((service) => {
      const names = Object.keys(environmentOf(service.service));
      return unreadEnvVars(service.kind, names, codeScope(service.kind, service.dir)).map(
        (n) => `${service.name}: ${n}`,
      );
    });
    expect(problems).toEqual([]);
  });

  it("satisfies each service's config: every required variable set, every value valid", async () => {
    const checked = servers.filter((s) => hasConfigModule(s.dir));
    expect(checked.map((s) => s.name)).toContain('router');
    for (const service of checked) {
      const env = environmentOf(service.service) as NodeJS.ProcessEnv;
      expect(await configFailures(service.dir, env), service.name).toEqual([]);
    }
  });

  it('points every URL at a service of the stack, on the port that service listens on', () => {
    for (const service of services) {
      for (const target of urlTargetsOf(service.service)) {
        const where = `${service.name}.${target.variable}`;
        const host = compose.services[target.host];
        if (!host) continue;
        const node = services.find((s) => s.name === target.host);
        expect(target.port, `${where}: explicit port`).toBeGreaterThan(0);
        if (node) expect(target.port, where).toBe(portOf(node.service));
        else expect(containerPorts(host), where).toContain(target.port);
      }
    }
  });

  it('starts a service only once the backing services its URLs point at are healthy', () => {
    for (const service of services) {
      for (const target of urlTargetsOf(service.service)) {
        if (!BACKING_SERVICES.includes(target.host)) continue;
        expect(
          dependenciesOf(service.service)[target.host],
          `${service.name} (${target.variable}) depends_on ${target.host}`,
        ).toBe('service_healthy');
      }
    }
  });

  it('runs search on the compose Elasticsearch and the notification log on the compose MongoDB', () => {
    const target = (service: string, variable: string) =>
      urlTargetsOf(compose.services[service]!).find((t) => t.variable === variable)?.host;
    expect(target('search', 'ELASTICSEARCH_URL')).toBe('elasticsearch');
    expect(target('notifications', 'MONGODB_URL')).toBe('mongo');
  });

  it('depends only on services that exist, with conditions those services can meet', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [target, condition] of Object.entries(dependenciesOf(service))) {
        expect(compose.services[target], `${name} depends_on ${target}`).toBeDefined();
        if (condition === 'service_healthy')
          expect(hasHealthcheck(target), `${target} has a healthcheck`).toBe(true);
        if (condition === 'service_completed_successfully')
          expect(compose.services[target]!.restart).toBe('no');
      }
    }
  });

  it('runs migrations and the demo seed once before any subgraph starts', () => {
    const migrate = compose.services.migrate!;
    expect(migrate.build?.args?.SERVICE).toBe('migrate');
    expect(commandLine(migrate)).toMatch(/npm run db:migrate && npm run db:seed/);
    const scripts = (JSON.parse(readRepoFile('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['db:migrate']).toBeTruthy();
    expect(scripts['db:seed']).toBeTruthy();
    for (const subgraph of subgraphServices) {
      expect(dependenciesOf(subgraph.service).migrate, subgraph.name).toBe('service_completed_successfully');
      expect(dependenciesOf(subgraph.service).postgres, subgraph.name).toBe('service_healthy');
    }
  });

  it('creates a database for every subgraph that owns one', () => {
    const init = readRepoFile('infrastructure/docker/postgres-init.sql');
    const created = [...init.matchAll(/^CREATE DATABASE (\w+);/gm)].map((m) => m[1]);
    for (const subgraph of SUBGRAPHS.filter((s) => s.database)) {
      expect(created).toContain(databaseNameFor(subgraph.name));
    }
    const mounts = (compose.services.postgres!.volumes ?? []).map(String);
    expect(
      mounts.some((m) =>
        m.startsWith('./infrastructure/docker/postgres-init.sql:/docker-entrypoint-initdb.d/'),
      ),
    ).toBe(true);
  });

  it('publishes each host port once', () => {
    const published = Object.values(compose.services).flatMap(publishedPorts);
    expect(published.length).toBeGreaterThan(10);
    expect(published.filter((port, i) => published.indexOf(port) !== i)).toEqual([]);
  });

  it('mounts only files and folders that exist, and declares every named volume', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const volume of (service.volumes ?? []).map(String)) {
        const source = volume.split(':')[0]!;
        if (source.startsWith('./')) expect(existsInRepo(source), `${name}: ${source}`).toBe(true);
        else expect(compose.volumes ?? {}, `${name}: volume ${source}`).toHaveProperty(source);
      }
    }
  });
});

describe('infrastructure/docker/compose.production.yml', () => {
  const override = loadCompose(PRODUCTION_OVERRIDE);

  it('overrides only services of the main file, and only with env vars their code reads', () => {
    for (const [name, service] of Object.entries(override.services)) {
      expect(compose.services[name], `${name} exists in docker-compose.yml`).toBeDefined();
      const node = services.find((s) => s.name === name);
      if (!node) continue;
      const names = Object.keys(environmentOf(service));
      expect(unreadEnvVars(node.kind, names, codeScope(node.kind, node.dir)), name).toEqual([]);
    }
  });

  const requiredSecret = (service: string, variable: string, hostVariable = variable) =>
    expect(
      String(environmentOf(override.services[service] ?? {})[variable]),
      `${service}.${variable}`,
    ).toMatch(new RegExp(`^\\$\\{${hostVariable}:\\?.+\\}$`));

  it('runs every server in production mode, without the sandbox, and refuses to start without secrets', () => {
    for (const server of servers) {
      expect(environmentOf(override.services[server.name] ?? {}).NODE_ENV, server.name).toBe('production');
    }
    const router = environmentOf(override.services.router!);
    expect([router.INTROSPECTION, router.SANDBOX]).toEqual(['false', 'false']);
    requiredSecret('users', 'JWT_PRIVATE_KEY');
    requiredSecret('postgres', 'POSTGRES_PASSWORD');
    requiredSecret('payments', 'PAYMENTS_WEBHOOK_SECRET');
    // One host variable for both ends, so the secret users checks is the one notifications presents.
    requiredSecret('users', 'INTERNAL_SERVICE_SECRET');
    requiredSecret('notifications', 'INTERNAL_SERVICE_SECRET');
    expect(commandLine(override.services.migrate!)).not.toMatch(/db:seed/);
  });

  it('takes every value from the host only through ${NAME:?message}, so a missing one stops compose', () => {
    const taken = Object.entries(override.services).flatMap(([name, service]) =>
      Object.entries(environmentOf(service)).flatMap(([variable, value]) =>
        interpolationsIn(String(value)).map((i) => ({ where: `${name}.${variable}`, ...i })),
      ),
    );
    expect(taken.length).toBeGreaterThan(5);
    for (const { where, name, operator, argument } of taken) {
      expect(operator, `${where}: \${${name}} must be \${${name}:?message}`).toBe(':?');
      expect(argument.trim().length, `${where}: message for ${name}`).toBeGreaterThan(0);
    }
  });

  it("satisfies each server's config in production once the host provides the secrets", async () => {
    // URL-safe and long enough for every length check: the passwords end up inside connection URLs.
    const hostValue = () => 'Host-provided-secret-0123456789';
    for (const server of servers.filter((s) => hasConfigModule(s.dir))) {
      const merged = {
        ...environmentOf(server.service),
        ...environmentOf(override.services[server.name] ?? {}),
      };
      const env = Object.fromEntries(
        Object.entries(merged).map(([key, value]) => [key, interpolate(String(value), hostValue)]),
      ) as NodeJS.ProcessEnv;
      expect(await configFailures(server.dir, env), server.name).toEqual([]);
    }
  });
});

describe('infrastructure/monitoring', () => {
  interface ScrapeConfig {
    job_name: string;
    metrics_path?: string;
    static_configs: { targets: string[] }[];
  }
  const prometheus = readYaml<{ scrape_configs: ScrapeConfig[] }>('infrastructure/monitoring/prometheus.yml');
  const targets = prometheus.scrape_configs
    .filter((job) => job.job_name !== 'prometheus')
    .flatMap((job) => job.static_configs.flatMap((c) => c.targets.map((target) => ({ job, target }))));

  it("scrapes every server's /metrics at its compose service name and port", () => {
    for (const { job, target } of targets) {
      const [host, port] = target.split(':');
      expect(compose.services[host!], `prometheus target ${target}`).toBeDefined();
      expect(metricsPortOf(compose.services[host!]!), target).toBe(Number(port));
      expect(job.metrics_path ?? '/metrics').toBe('/metrics');
    }
    expect(targets.map((t) => t.target).sort()).toEqual(
      servers.map((s) => `${s.name}:${metricsPortOf(s.service)}`).sort(),
    );
  });

  it('provisions Grafana with the Prometheus datasource and the overview dashboard', () => {
    const datasources = readYaml<{ datasources: { uid: string; url: string }[] }>(
      'infrastructure/monitoring/grafana/provisioning/datasources/prometheus.yml',
    );
    expect(datasources.datasources[0]?.url).toBe('http://prometheus:9090');
    const grafana = compose.services.grafana!;
    expect(environmentOf(grafana).GF_ANALYTICS_REPORTING_ENABLED).toBe('false');
    const dashboard = JSON.parse(
      readRepoFile('infrastructure/monitoring/grafana/dashboards/msa-overview.json'),
    ) as {
      panels: { title: string; datasource: { uid: string }; targets: { expr: string }[] }[];
    };
    const exprs = dashboard.panels.flatMap((panel) => panel.targets.map((t) => t.expr));
    expect(
      exprs.some((e) => /histogram_quantile\(0\.95, .*graphql_operation_duration_seconds_bucket/.test(e)),
    ).toBe(true);
    expect(exprs.some((e) => /rate\(graphql_errors_total/.test(e))).toBe(true);
    expect(exprs.some((e) => /rate\(router_rate_limited_total/.test(e))).toBe(true);
    for (const panel of dashboard.panels)
      expect(panel.datasource.uid, panel.title).toBe(datasources.datasources[0]?.uid);
  });

  it('charts only metrics the services define', () => {
    const dashboard = JSON.parse(
      readRepoFile('infrastructure/monitoring/grafana/dashboards/msa-overview.json'),
    ) as { panels: { targets: { expr: string }[] }[] };
    const exprs = dashboard.panels.flatMap((panel) => panel.targets.map((t) => t.expr)).join('\n');
    // Metric names are the snake_case words of the queries that are not function calls (histogram_quantile(…)).
    const charted = new Set(
      [...exprs.matchAll(/\b([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b(?!\s*\()/g)].map((m) => m[1]!),
    );
    const definitions = servers
      .flatMap((s) => workspaceSources(s.dir))
      .map(readRepoFile)
      .join('\n');
    const defined = new Set([...definitions.matchAll(/name: '([a-z_]+)'/g)].map((m) => m[1]!));
    const histogramParts = (name: string) => [name, `${name}_bucket`, `${name}_count`, `${name}_sum`];
    const known = new Set([...defined].flatMap(histogramParts));
    expect(charted.size).toBeGreaterThan(3);
    expect([...charted].filter((metric) => !known.has(metric))).toEqual([]);
  });
});
