/**
 * Writes the Kubernetes manifests of the router and every subgraph from the compose files, so the two
 * deployments cannot drift apart:
 *
 *   npx tsx infrastructure/k8s/generate.ts
 *
 * A Deployment gets the environment the service has under
 * `docker-compose.yml` + `infrastructure/docker/compose.production.yml`: values shared by every service go to
 * the `msa-config` ConfigMap (public addresses to `msa-environment`), values interpolated from the host (`${…}`) become `msa-secrets` Secret
 * references, and the rest stay literal (service DNS names are the compose service names, so URLs carry over).
 * The repository test tests/repo/k8s.test.ts fails when the committed files differ from this output.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse, stringify } from 'yaml';

const K8S_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(K8S_DIR, '..', '..');
const NODE_DOCKERFILE = 'infrastructure/docker/Dockerfile';
const NEXT_DOCKERFILE = 'infrastructure/docker/Dockerfile.next';
export const CONFIG_MAP = 'msa-config';
/** Values that differ per environment, referenced key by key so each reaches only the services that read it. */
export const ENVIRONMENT_CONFIG_MAP = 'msa-environment';
export const SECRET = 'msa-secrets';
export const NAMESPACE = 'msa-grok';
const IMAGE_PREFIX = 'msa-grok/';
const PRODUCTION_REGISTRY = 'registry.example.com/msa-grok/';
/** The release the production overlay deploys; the migration Job of a release is named after it. */
export const RELEASE = '1.0.0';
/** A DNS label for a release: `1.0.0` → `1-0-0` (pod host names are taken from Job names). */
export const releaseSuffix = (release: string) => `-${release.replace(/[^a-z0-9-]/gi, '-').toLowerCase()}`;
export const COLOURS = ['blue', 'green'] as const;
export type Colour = (typeof COLOURS)[number];
/** The colour the blue-green overlay's public Services select until someone switches them. */
export const LIVE_COLOUR: Colour = 'blue';
/** Namespaces whose pods may open connections to ours (labels set by Kubernetes on every namespace). */
export const INGRESS_CONTROLLER_NAMESPACE = 'ingress-nginx';
export const MONITORING_NAMESPACE = 'monitoring';
export const TLS_SECRET = 'msa-grok-tls';
export const CLUSTER_ISSUER = 'letsencrypt';

/** Read by every service; one ConfigMap entry each instead of a copy per Deployment. */
const SHARED_KEYS = [
  // Services listen on loopback by default; a pod listens on its own network.
  'HOST',
  'NODE_ENV',
  'LOG_LEVEL',
  'HOST',
  'REDIS_URL',
  'JWKS_URL',
  'APOLLO_TELEMETRY_DISABLED',
  'TURBO_TELEMETRY_DISABLED',
  'NEXT_TELEMETRY_DISABLED',
  'DO_NOT_TRACK',
  'CHECKPOINT_DISABLE',
];
/** Public host names: the API (router), the storefront and the admin dashboard. */
export const HOSTS = {
  base: { api: 'api.msa-grok.local', web: 'shop.msa-grok.local', admin: 'admin.msa-grok.local' },
  production: { api: 'api.example.com', web: 'shop.example.com', admin: 'admin.example.com' },
};
type Hosts = typeof HOSTS.base;
/**
 * Differ per environment (public addresses): the base's placeholder and the production overlay's value, both in
 * the msa-environment ConfigMap.
 */
const ENVIRONMENT_KEYS: Record<string, { base: string; production: string }> = {
  PUBLIC_BASE_URL: { base: `https://${HOSTS.base.api}`, production: `https://${HOSTS.production.api}` },
  // Where browsers load the storefront and the dashboard from; the router answers CORS for these only.
  CORS_ORIGINS: {
    base: `https://${HOSTS.base.web},https://${HOSTS.base.admin}`,
    production: `https://${HOSTS.production.web},https://${HOSTS.production.admin}`,
  },
  // The router's public origin, which the web apps hand to browsers.
  API_ORIGIN: { base: `https://${HOSTS.base.api}`, production: `https://${HOSTS.production.api}` },
};
/**
 * Secret keys a cluster may leave out: without them the service keeps that data in Postgres (search without
 * Elasticsearch, the notification delivery log without MongoDB), so the pods start either way.
 */
export const OPTIONAL_SECRET_KEYS = ['ELASTICSEARCH_URL', 'MONGODB_URL'];
/**
 * Settings only a cluster needs. The router sits behind the ingress controller and is also called by
 * services (shipping reads a guest's cart on the guest's behalf), all on the pod network: it trusts
 * X-Forwarded-For hops from private addresses only and keys rate limits by the first public address, the
 * client, instead of by the ingress or the calling service.
 */
const CLUSTER_ONLY_ENV: Record<string, Record<string, string>> = {
  router: { TRUST_PROXY: 'loopback, linklocal, uniquelocal' },
};
/**
 * Paths outside parties call on a subgraph directly, not through the router: the payment provider's webhooks
 * (signed, so the public path carries no trust). The router's Ingress forwards them to the subgraph's Service.
 */
export const PUBLIC_SUBGRAPH_PATHS: Record<string, string> = { payments: '/webhooks/payments' };

interface ComposeService {
  image?: string;
  build?: { dockerfile?: string; args?: Record<string, string> };
  command?: string[] | string;
  environment?: Record<string, string>;
  volumes?: string[];
}
type Compose = { services: Record<string, ComposeService> };

export interface ManifestFile {
  /** Relative to infrastructure/k8s. */
  path: string;
  content: string;
}

/** `app.kubernetes.io/component` of a workload's pods; the NetworkPolicies select pods by it. */
export type Component = 'router' | 'subgraph' | 'web' | 'migrate';

interface Workload {
  name: string;
  component: Component;
  port: number;
  /** Where /metrics is served when not on `port` (the router's internal METRICS_PORT). */
  metricsPort?: number;
  env: Record<string, string>;
  /** Mount paths of persistent data: compose named volumes under /data (development state elsewhere is dropped). */
  dataMounts: { volume: string; path: string }[];
}

const NAME = 'app.kubernetes.io/name';
const COMPONENT = 'app.kubernetes.io/component';
export const COLOUR_LABEL = 'app.kubernetes.io/color';

function readCompose(path: string): Compose {
  return parse(readFileSync(join(REPO_ROOT, path), 'utf8'), { merge: true }) as Compose;
}

function workloads(base: Compose, production: Compose) {
  const all = Object.entries(base.services)
    .filter(([, s]) => s.build?.dockerfile === NODE_DOCKERFILE || s.build?.dockerfile === NEXT_DOCKERFILE)
    .map(([name, service]): Workload => {
      const env = {
        ...service.environment,
        ...production.services[name]?.environment,
        ...CLUSTER_ONLY_ENV[name],
      };
      const dataMounts = (service.volumes ?? [])
        .map((volume) => volume.split(':'))
        .filter(([source, path]) => !source!.startsWith('.') && path!.startsWith('/data/'))
        .map(([volume, path]) => ({ volume: volume!, path: path! }));
      const target = service.build?.args?.SERVICE;
      const component: Component =
        service.build?.dockerfile === NEXT_DOCKERFILE
          ? 'web'
          : target === 'router'
            ? 'router'
            : target === 'migrate'
              ? 'migrate'
              : 'subgraph';
      return {
        name,
        component,
        port: Number(env.PORT ?? 0),
        ...(env.METRICS_PORT ? { metricsPort: Number(env.METRICS_PORT) } : {}),
        env,
        dataMounts,
      };
    });
  const migrate = all.find((w) => w.component === 'migrate');
  if (!migrate) throw new Error('docker-compose.yml has no service built with SERVICE=migrate');
  return {
    servers: all.filter((w) => w.component === 'router' || w.component === 'subgraph'),
    migrate,
    apps: all.filter((w) => w.component === 'web'),
  };
}

/** Stateless services scale with an autoscaler; one writing to a ReadWriteOnce volume stays at one replica. */
const autoscaled = (w: Workload) =>
  w.component !== 'web' && w.component !== 'migrate' && !w.dataMounts.length;

/** Container env; with `shared`, the keys every service reads come from the msa-config ConfigMap instead. */
function envEntries(env: Record<string, string>, shared: boolean) {
  return Object.entries(env)
    .filter(([key]) => !shared || !SHARED_KEYS.includes(key))
    .map(([name, value]) => {
      if (name in ENVIRONMENT_KEYS)
        return { name, valueFrom: { configMapKeyRef: { name: ENVIRONMENT_CONFIG_MAP, key: name } } };
      if (value.includes('${')) {
        const optional = OPTIONAL_SECRET_KEYS.includes(name) ? { optional: true } : {};
        return { name, valueFrom: { secretKeyRef: { name: SECRET, key: name, ...optional } } };
      }
      return { name, value };
    });
}

const containerSecurity = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};
const podSecurity = {
  runAsNonRoot: true,
  runAsUser: 1000,
  runAsGroup: 1000,
  fsGroup: 1000,
  seccompProfile: { type: 'RuntimeDefault' },
};
/** Node writes temporary files to /tmp; npm (the migrate Job) keeps its cache and logs in the home folder. */
const scratchVolumes = [
  { name: 'tmp', path: '/tmp' },
  { name: 'npm-home', path: '/home/node' },
];
/** next start writes its image and fetch caches there (the image's working folder is /app/<app>). */
const nextCache = (app: string) => ({ name: 'next-cache', path: `/app/${app}/.next/cache` });

const RESOURCES: Record<Component, object> = {
  router: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '768Mi' } },
  subgraph: { requests: { cpu: '100m', memory: '192Mi' }, limits: { cpu: '1', memory: '512Mi' } },
  web: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '768Mi' } },
  migrate: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '768Mi' } },
};

/** A colour's copy of a workload is named `<name>-<colour>` and reaches the others of its colour. */
const named = (name: string, colour?: Colour) => (colour ? `${name}-${colour}` : name);
const selectorOf = (w: Workload, colour?: Colour) => ({
  [NAME]: w.name,
  ...(colour ? { [COLOUR_LABEL]: colour } : {}),
});
const labelsOf = (w: Workload, colour?: Colour) => ({ ...selectorOf(w, colour), [COMPONENT]: w.component });

/** Rewrites in-cluster URLs (`http://users:4001/…`) to the Services of one colour (`http://users-blue:4001/…`). */
function colourValue(value: string, colour: Colour | undefined, services: string[]): string {
  if (!colour) return value;
  return value.replace(/(\/\/)([a-z][a-z0-9-]*)(?=:\d)/g, (match, slashes: string, host: string) =>
    services.includes(host) ? `${slashes}${host}-${colour}` : match,
  );
}

function deployment(workload: Workload, shared: Record<string, string>, services: string[], colour?: Colour) {
  const web = workload.component === 'web';
  const health = { path: web ? '/' : '/health', port: 'http' };
  const env = Object.fromEntries(
    Object.entries(workload.env).map(([key, value]) => [key, colourValue(value, colour, services)]),
  );
  // A colour's pods read the shared keys that name a Service (JWKS_URL) from their own entry instead.
  const colouredShared = Object.entries(shared)
    .filter(([key, value]) => colourValue(value, colour, services) !== value && !(key in env))
    .map(([name, value]) => ({ name, value: colourValue(value, colour, services) }));
  const volumes = [...scratchVolumes, ...(web ? [nextCache(workload.env.APP ?? workload.name)] : [])];
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: named(workload.name, colour), labels: labelsOf(workload, colour) },
    spec: {
      // An autoscaled Deployment's replica count belongs to its HorizontalPodAutoscaler.
      ...(autoscaled(workload) ? {} : { replicas: 1 }),
      selector: { matchLabels: selectorOf(workload, colour) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: {
          labels: labelsOf(workload, colour),
          ...(web
            ? {}
            : {
                annotations: {
                  'prometheus.io/scrape': 'true',
                  'prometheus.io/port': String(workload.metricsPort ?? workload.port),
                  'prometheus.io/path': '/metrics',
                },
              }),
        },
        spec: {
          automountServiceAccountToken: false,
          securityContext: podSecurity,
          terminationGracePeriodSeconds: 30,
          containers: [
            {
              name: workload.name,
              image: `${IMAGE_PREFIX}${workload.name}`,
              ports: [
                { name: 'http', containerPort: workload.port },
                // Only Prometheus reaches it: no Service port, no Ingress path (see metrics-from-monitoring).
                ...(workload.metricsPort ? [{ name: 'metrics', containerPort: workload.metricsPort }] : []),
              ],
              // The web apps read none of the services' shared settings.
              ...(web ? {} : { envFrom: [{ configMapRef: { name: CONFIG_MAP } }] }),
              env: [...envEntries(env, !web), ...colouredShared],
              startupProbe: { httpGet: health, periodSeconds: 5, failureThreshold: 36 },
              readinessProbe: { httpGet: health, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
              // Liveness asks only whether the process answers: /health also checks Postgres and Redis, and a
              // database outage must not restart every pod at once.
              livenessProbe: { tcpSocket: { port: 'http' }, periodSeconds: 20, failureThreshold: 3 },
              resources: RESOURCES[workload.component],
              securityContext: containerSecurity,
              volumeMounts: [
                ...volumes.map((v) => ({ name: v.name, mountPath: v.path })),
                ...workload.dataMounts.map((m) => ({ name: m.volume, mountPath: m.path })),
              ],
            },
          ],
          volumes: [
            ...volumes.map((v) => ({ name: v.name, emptyDir: {} })),
            ...workload.dataMounts.map((m) => ({
              name: m.volume,
              persistentVolumeClaim: { claimName: m.volume },
            })),
          ],
        },
      },
    },
  };
}

function service(workload: Workload, colour?: Colour, selectColour?: Colour) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: named(workload.name, colour), labels: { [NAME]: workload.name } },
    spec: {
      selector: selectorOf(workload, colour ?? selectColour),
      ports: [{ name: 'http', port: workload.port, targetPort: 'http' }],
    },
  };
}

/** A voluntary disruption (node drain, cluster upgrade) takes at most one pod of a workload at a time. */
function podDisruptionBudget(workload: Workload, colour?: Colour) {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: named(workload.name, colour) },
    spec: { maxUnavailable: 1, selector: { matchLabels: selectorOf(workload, colour) } },
  };
}

function autoscaler(workload: Workload, colour?: Colour) {
  const router = workload.component === 'router';
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: named(workload.name, colour) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: named(workload.name, colour) },
      minReplicas: 2,
      maxReplicas: router ? 10 : 6,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
      ],
    },
  };
}

/** One colour's (or the base's) Deployment, Service, PodDisruptionBudget and autoscaler per workload. */
function workloadManifests(w: Workload, shared: Record<string, string>, services: string[], colour?: Colour) {
  return [
    deployment(w, shared, services, colour),
    service(w, colour),
    podDisruptionBudget(w, colour),
    ...(autoscaled(w) ? [autoscaler(w, colour)] : []),
  ];
}

function persistentVolumeClaim(name: string) {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } },
  };
}

function migrationJob(env: Record<string, string>, command: string[]) {
  const labels = { [NAME]: 'migrate', [COMPONENT]: 'migrate' };
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'migrate', labels },
    spec: {
      backoffLimit: 4,
      activeDeadlineSeconds: 1800,
      ttlSecondsAfterFinished: 7 * 86_400,
      template: {
        metadata: { labels },
        spec: {
          restartPolicy: 'OnFailure',
          automountServiceAccountToken: false,
          securityContext: podSecurity,
          containers: [
            {
              name: 'migrate',
              image: `${IMAGE_PREFIX}migrate`,
              command,
              env: envEntries(env, false),
              resources: RESOURCES.migrate,
              securityContext: containerSecurity,
              volumeMounts: scratchVolumes.map((v) => ({ name: v.name, mountPath: v.path })),
            },
          ],
          volumes: scratchVolumes.map((v) => ({ name: v.name, emptyDir: {} })),
        },
      },
    },
  };
}

function ingressPath(path: string, service: string) {
  return { path, pathType: 'Prefix', backend: { service: { name: service, port: { name: 'http' } } } };
}

/** The public entry: the API host (router, plus the subgraph paths outside parties call), the two web apps. */
function publicIngress(hosts: Hosts, subgraphPaths: [service: string, path: string][]) {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: 'public',
      annotations: {
        // cert-manager issues and renews the certificate of every host below into the TLS Secret.
        'cert-manager.io/cluster-issuer': CLUSTER_ISSUER,
        'nginx.ingress.kubernetes.io/ssl-redirect': 'true',
        // graphql-ws subscriptions hold a connection open; image uploads go through the router.
        'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600',
        'nginx.ingress.kubernetes.io/proxy-send-timeout': '3600',
        'nginx.ingress.kubernetes.io/proxy-body-size': '10m',
      },
    },
    spec: {
      ingressClassName: 'nginx',
      tls: [{ hosts: [hosts.api, hosts.web, hosts.admin], secretName: TLS_SECRET }],
      rules: [
        {
          host: hosts.api,
          http: {
            // ingress-nginx picks the longest matching path, so the order here does not matter.
            paths: [
              ingressPath('/', 'router'),
              ...subgraphPaths.map(([service, path]) => ingressPath(path, service)),
            ],
          },
        },
        { host: hosts.web, http: { paths: [ingressPath('/', 'web')] } },
        { host: hosts.admin, http: { paths: [ingressPath('/', 'admin')] } },
      ],
    },
  };
}

const fromComponents = (components: Component[]) => ({
  podSelector: { matchExpressions: [{ key: COMPONENT, operator: 'In', values: components }] },
});
const fromNamespace = (name: string) => ({
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': name } },
});
function networkPolicy(name: string, podSelector: object, from: object[], ports = ['http']) {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name },
    spec: {
      podSelector,
      policyTypes: ['Ingress'],
      ingress: [{ from, ports: ports.map((port) => ({ port })) }],
    },
  };
}

/**
 * Nothing reaches a pod unless a policy below lets it: the ingress controller reaches the router and the web apps
 * (and the payment webhooks); the subgraphs are reached only by the router and each other; the router also by
 * the web apps' servers and the subgraphs that read through it (ROUTER_URL); Prometheus scrapes /metrics.
 */
function networkPolicies(subgraphPaths: string[]) {
  const component = (values: Component[]) => fromComponents(values).podSelector;
  return [
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'default-deny-ingress' },
      spec: { podSelector: {}, policyTypes: ['Ingress'] },
    },
    networkPolicy('public-from-ingress-controller', component(['router', 'web']), [
      fromNamespace(INGRESS_CONTROLLER_NAMESPACE),
    ]),
    ...subgraphPaths.map((name) =>
      networkPolicy(`${name}-webhooks-from-ingress-controller`, { matchLabels: { [NAME]: name } }, [
        fromNamespace(INGRESS_CONTROLLER_NAMESPACE),
      ]),
    ),
    networkPolicy('router-from-web-and-subgraphs', component(['router']), [
      fromComponents(['web', 'subgraph']),
    ]),
    networkPolicy('subgraphs-from-router-and-subgraphs', component(['subgraph']), [
      fromComponents(['router', 'subgraph']),
    ]),
    networkPolicy(
      'metrics-from-monitoring',
      component(['router', 'subgraph']),
      [fromNamespace(MONITORING_NAMESPACE)],
      // Subgraphs serve /metrics on http; the router on its own metrics port.
      ['http', 'metrics'],
    ),
  ];
}

/**
 * The example object store for product images: a single MinIO with its own volume, reachable only by products
 * (the pods that own the bucket). Its root user is the products service's access key, its password the
 * S3_SECRET_ACCESS_KEY of msa-secrets. A cluster on a managed S3 drops it (see infrastructure/README.md).
 */
function objectStore(image: string, accessKey: string) {
  const labels = { [NAME]: 'minio', [COMPONENT]: 'object-store' };
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'minio', labels },
      spec: {
        serviceName: 'minio',
        replicas: 1,
        selector: { matchLabels: { [NAME]: 'minio' } },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            securityContext: podSecurity,
            containers: [
              {
                name: 'minio',
                image,
                args: ['server', '/data'],
                ports: [{ name: 's3', containerPort: 9000 }],
                env: [
                  { name: 'MINIO_ROOT_USER', value: accessKey },
                  {
                    name: 'MINIO_ROOT_PASSWORD',
                    valueFrom: { secretKeyRef: { name: SECRET, key: 'S3_SECRET_ACCESS_KEY' } },
                  },
                  { name: 'MINIO_BROWSER', value: 'off' },
                ],
                readinessProbe: { httpGet: { path: '/minio/health/ready', port: 's3' }, periodSeconds: 10 },
                livenessProbe: { httpGet: { path: '/minio/health/live', port: 's3' }, periodSeconds: 20 },
                resources: {
                  requests: { cpu: '100m', memory: '256Mi' },
                  limits: { cpu: '1', memory: '1Gi' },
                },
                securityContext: containerSecurity,
                volumeMounts: [
                  { name: 'data', mountPath: '/data' },
                  { name: 'tmp', mountPath: '/tmp' },
                ],
              },
            ],
            volumes: [{ name: 'tmp', emptyDir: {} }],
          },
        },
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '20Gi' } } },
          },
        ],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'minio', labels: { [NAME]: 'minio' } },
      spec: { selector: { [NAME]: 'minio' }, ports: [{ name: 's3', port: 9000, targetPort: 's3' }] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'minio-from-products' },
      spec: {
        podSelector: { matchLabels: { [NAME]: 'minio' } },
        policyTypes: ['Ingress'],
        ingress: [
          { from: [{ podSelector: { matchLabels: { [NAME]: 'products' } } }], ports: [{ port: 's3' }] },
        ],
      },
    },
  ];
}

/**
 * The example queue Redis (BullMQ queues, rate limits, pub/sub): a single Redis with its own volume, started
 * with the compose file's command, so the append-only file (`--appendonly yes --appendfsync everysec`) and
 * `noeviction` carry over; reachable by the router and the subgraphs only. A cluster on a managed Redis drops
 * it and points REDIS_URL elsewhere (see infrastructure/README.md), keeping AOF and noeviction there too.
 */
function queueStore(image: string, args: string[]) {
  const labels = { [NAME]: 'redis', [COMPONENT]: 'queue-store' };
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'redis', labels },
      spec: {
        serviceName: 'redis',
        replicas: 1,
        selector: { matchLabels: { [NAME]: 'redis' } },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            securityContext: podSecurity,
            containers: [
              {
                name: 'redis',
                image,
                args,
                ports: [{ name: 'redis', containerPort: 6379 }],
                readinessProbe: { exec: { command: ['redis-cli', 'ping'] }, periodSeconds: 10 },
                livenessProbe: { tcpSocket: { port: 'redis' }, periodSeconds: 20 },
                resources: {
                  requests: { cpu: '100m', memory: '256Mi' },
                  limits: { cpu: '1', memory: '1Gi' },
                },
                securityContext: containerSecurity,
                volumeMounts: [{ name: 'data', mountPath: '/data' }],
              },
            ],
          },
        },
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
          },
        ],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'redis', labels: { [NAME]: 'redis' } },
      spec: { selector: { [NAME]: 'redis' }, ports: [{ name: 'redis', port: 6379, targetPort: 'redis' }] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'redis-from-router-and-subgraphs' },
      spec: {
        podSelector: { matchLabels: { [NAME]: 'redis' } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [fromComponents(['router', 'subgraph'])], ports: [{ port: 'redis' }] }],
      },
    },
  ];
}

const HEADER =
  '# Generated by infrastructure/k8s/generate.ts from the compose files. Do not edit; run the script.\n';

function yamlFile(path: string, documents: object[]): ManifestFile {
  return {
    path,
    content:
      HEADER +
      documents.map((d) => stringify(d, { lineWidth: 0, aliasDuplicateObjects: false })).join('---\n'),
  };
}

function commandOf(service: ComposeService | undefined): string[] | undefined {
  if (!service?.command) return undefined;
  return Array.isArray(service.command) ? service.command : ['sh', '-c', service.command];
}

const kustomization = (spec: object) => ({
  apiVersion: 'kustomize.config.k8s.io/v1beta1',
  kind: 'Kustomization',
  ...spec,
});

function images(workloads: Workload[], tag: string, registry?: string) {
  return workloads.map((w) => ({
    name: `${IMAGE_PREFIX}${w.name}`,
    ...(registry ? { newName: `${registry}${w.name}` } : {}),
    newTag: tag,
  }));
}

/** JSON patches giving the public Ingress the hosts of an environment. */
function ingressHostPatch(hosts: Hosts) {
  return {
    target: { kind: 'Ingress', name: 'public' },
    patch: stringify([
      { op: 'replace', path: '/spec/rules/0/host', value: hosts.api },
      { op: 'replace', path: '/spec/rules/1/host', value: hosts.web },
      { op: 'replace', path: '/spec/rules/2/host', value: hosts.admin },
      { op: 'replace', path: '/spec/tls/0/hosts', value: [hosts.api, hosts.web, hosts.admin] },
    ]),
  };
}

const productionEnvironment = {
  name: ENVIRONMENT_CONFIG_MAP,
  behavior: 'merge',
  literals: Object.entries(ENVIRONMENT_KEYS).map(([k, v]) => `${k}=${v.production}`),
};

/** The migration Job of one release: `migrate-<release>`, applied and awaited before the release's pods. */
function releaseMigration(migrate: Workload) {
  return kustomization({
    resources: ['../../../migrate'],
    nameSuffix: releaseSuffix(RELEASE),
    labels: [{ pairs: { 'app.kubernetes.io/version': RELEASE } }],
    images: images([migrate], RELEASE, PRODUCTION_REGISTRY),
  });
}

/** Every manifest of the base and the overlays, formatted as the repository formats YAML. */
export async function renderManifests(): Promise<ManifestFile[]> {
  const base = readCompose('docker-compose.yml');
  const production = readCompose('infrastructure/docker/compose.production.yml');
  const { servers, migrate, apps } = workloads(base, production);
  const router = servers.find((w) => w.name === 'router');
  if (!router) throw new Error('docker-compose.yml has no router service');
  for (const app of ['web', 'admin'])
    if (!apps.some((w) => w.name === app)) throw new Error(`docker-compose.yml has no ${app} service`);
  const deployed = [...servers, ...apps];
  const services = deployed.map((w) => w.name);
  const migrateCommand =
    commandOf(production.services[migrate.name]) ?? commandOf(base.services[migrate.name]);
  const claims = [...new Set(servers.flatMap((w) => w.dataMounts.map((m) => m.volume)))].sort();
  // The Job runs production's command, which only migrates: the demo seed's settings stay in compose.
  const jobEnv = {
    ...Object.fromEntries(Object.entries(migrate.env).filter(([key]) => SHARED_KEYS.includes(key))),
    ...production.services[migrate.name]?.environment,
  };
  const publicPaths = Object.entries(PUBLIC_SUBGRAPH_PATHS).filter(([name]) =>
    servers.some((w) => w.name === name),
  );
  const shared = Object.fromEntries(
    SHARED_KEYS.filter((key) => key in router.env).map((key) => [key, router.env[key]!]),
  );
  const labels = [{ pairs: { 'app.kubernetes.io/part-of': 'msa-grok' } }];
  const products = servers.find((w) => w.name === 'products');
  const minio =
    base.services.minio?.image && products?.env.S3_ENDPOINT?.startsWith('http://minio:')
      ? { image: base.services.minio.image, accessKey: products.env.S3_ACCESS_KEY_ID ?? 'msa-media' }
      : undefined;

  const redisCommand = commandOf(base.services.redis);
  const redis =
    base.services.redis?.image && redisCommand && shared.REDIS_URL?.startsWith('redis://redis:')
      ? { image: base.services.redis.image, args: redisCommand }
      : undefined;

  // platform/: what every layout shares — namespace, configuration, the public Ingress, network policies.
  const platform: ManifestFile[] = [
    yamlFile('platform/namespace.yaml', [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE } },
    ]),
    yamlFile('platform/ingress.yaml', [publicIngress(HOSTS.base, publicPaths)]),
    yamlFile('platform/network-policies.yaml', networkPolicies(publicPaths.map(([name]) => name))),
    ...(claims.length
      ? [yamlFile('platform/persistent-volumes.yaml', claims.map(persistentVolumeClaim))]
      : []),
    ...(minio ? [yamlFile('platform/minio.yaml', objectStore(minio.image, minio.accessKey))] : []),
    ...(redis ? [yamlFile('platform/redis.yaml', queueStore(redis.image, redis.args))] : []),
  ];
  const baseApps = deployed.map((w) =>
    yamlFile(`base/${w.name}.yaml`, workloadManifests(w, shared, services)),
  );
  const colourFiles = COLOURS.map((colour) =>
    yamlFile(
      `overlays/blue-green/${colour}/workloads.yaml`,
      deployed.flatMap((w) => workloadManifests(w, shared, services, colour)),
    ),
  );
  // The un-coloured names the Ingress (and outside callers) use select the live colour's pods.
  const liveServices = [router, ...apps, ...servers.filter((w) => w.name in PUBLIC_SUBGRAPH_PATHS)].map((w) =>
    service(w, undefined, LIVE_COLOUR),
  );

  const files: ManifestFile[] = [
    ...platform,
    yamlFile('platform/kustomization.yaml', [
      kustomization({
        namespace: NAMESPACE,
        labels,
        resources: platform.map((f) => f.path.replace('platform/', '')),
        configMapGenerator: [
          { name: CONFIG_MAP, literals: Object.entries(shared).map(([k, v]) => `${k}=${v}`) },
          {
            name: ENVIRONMENT_CONFIG_MAP,
            literals: Object.entries(ENVIRONMENT_KEYS).map(([k, v]) => `${k}=${v.base}`),
          },
        ],
      }),
    ]),
    ...baseApps,
    yamlFile('base/kustomization.yaml', [
      kustomization({
        namespace: NAMESPACE,
        labels,
        resources: ['../platform', ...baseApps.map((f) => f.path.replace('base/', ''))],
        images: images(deployed, 'latest'),
      }),
    ]),
    yamlFile('migrate/job.yaml', [migrationJob(jobEnv, migrateCommand ?? ['npm', 'run', 'db:migrate'])]),
    yamlFile('migrate/kustomization.yaml', [
      kustomization({
        namespace: NAMESPACE,
        labels,
        resources: ['job.yaml'],
        images: images([migrate], 'latest'),
      }),
    ]),
    yamlFile('overlays/production/kustomization.yaml', [
      kustomization({
        resources: ['../../base'],
        // Two replicas survive a node loss; a service writing to a ReadWriteOnce volume stays at one.
        replicas: deployed
          .filter((w) => !autoscaled(w))
          .map((w) => ({ name: w.name, count: w.dataMounts.length ? 1 : 2 })),
        configMapGenerator: [productionEnvironment],
        patches: [
          {
            target: { kind: 'HorizontalPodAutoscaler', name: 'router' },
            patch: stringify([
              { op: 'replace', path: '/spec/minReplicas', value: 3 },
              { op: 'replace', path: '/spec/maxReplicas', value: 20 },
            ]),
          },
          ingressHostPatch(HOSTS.production),
        ],
        images: images(deployed, RELEASE, PRODUCTION_REGISTRY),
      }),
    ]),
    yamlFile('overlays/production/migrate/kustomization.yaml', [releaseMigration(migrate)]),
    ...colourFiles,
    ...COLOURS.map((colour) =>
      yamlFile(`overlays/blue-green/${colour}/kustomization.yaml`, [
        kustomization({
          resources: ['workloads.yaml'],
          // Each colour runs its own release: set the tag of the idle colour to the release being rolled out.
          images: images(deployed, RELEASE, PRODUCTION_REGISTRY),
        }),
      ]),
    ),
    yamlFile('overlays/blue-green/live-services.yaml', liveServices),
    yamlFile('overlays/blue-green/kustomization.yaml', [
      kustomization({
        namespace: NAMESPACE,
        labels,
        resources: ['../../platform', ...COLOURS, 'live-services.yaml'],
        configMapGenerator: [productionEnvironment],
        patches: [ingressHostPatch(HOSTS.production)],
      }),
    ]),
    yamlFile('overlays/blue-green/migrate/kustomization.yaml', [releaseMigration(migrate)]),
  ];

  const prettier = await resolveConfig(join(K8S_DIR, 'base', 'kustomization.yaml'));
  return Promise.all(
    files.map(async (file) => ({
      ...file,
      content: await format(file.content, { ...prettier, parser: 'yaml' }),
    })),
  );
}

async function main() {
  for (const file of await renderManifests()) {
    const target = join(K8S_DIR, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    console.warn(`wrote infrastructure/k8s/${file.path}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
