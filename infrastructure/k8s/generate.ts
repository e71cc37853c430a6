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
export const CONFIG_MAP = 'msa-config';
/** Values that differ per environment, referenced key by key so each reaches only the services that read it. */
export const ENVIRONMENT_CONFIG_MAP = 'msa-environment';
export const SECRET = 'msa-secrets';
export const NAMESPACE = 'msa-grok';
const IMAGE_PREFIX = 'msa-grok/';

/** Read by every service; one ConfigMap entry each instead of a copy per Deployment. */
const SHARED_KEYS = [
  // Services listen on loopback by default; a pod listens on its own network.
  'HOST',
  'NODE_ENV',
  'LOG_LEVEL',
  'REDIS_URL',
  'JWKS_URL',
  'APOLLO_TELEMETRY_DISABLED',
  'TURBO_TELEMETRY_DISABLED',
  'NEXT_TELEMETRY_DISABLED',
  'DO_NOT_TRACK',
  'CHECKPOINT_DISABLE',
];
/**
 * Differ per environment (public addresses): the base's placeholder and the production overlay's value, both in
 * the msa-environment ConfigMap.
 */
const ENVIRONMENT_KEYS: Record<string, { base: string; production: string }> = {
  PUBLIC_BASE_URL: { base: 'https://api.msa-grok.local', production: 'https://api.example.com' },
  // Where browsers load the storefront and the dashboard from; the router answers CORS for these only.
  CORS_ORIGINS: {
    base: 'https://shop.msa-grok.local,https://admin.msa-grok.local',
    production: 'https://shop.example.com,https://admin.example.com',
  },
};
/**
 * Secret keys a cluster may leave out: without them the service keeps that data in Postgres (search without
 * Elasticsearch, the notification delivery log without MongoDB), so the pods start either way.
 */
export const OPTIONAL_SECRET_KEYS = ['ELASTICSEARCH_URL', 'MONGODB_URL'];
/**
 * Settings only a cluster needs. The router sits behind one proxy hop (the ingress controller), so it takes
 * the client address for rate limiting from X-Forwarded-For instead of keying every client to the proxy.
 */
const CLUSTER_ONLY_ENV: Record<string, Record<string, string>> = { router: { TRUST_PROXY: '1' } };
/**
 * Paths outside parties call on a subgraph directly, not through the router: the payment provider's webhooks
 * (signed, so the public path carries no trust). The router's Ingress forwards them to the subgraph's Service.
 */
export const PUBLIC_SUBGRAPH_PATHS: Record<string, string> = { payments: '/webhooks/payments' };

interface ComposeService {
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

interface Workload {
  name: string;
  port: number;
  env: Record<string, string>;
  /** Mount paths of persistent data: compose named volumes under /data (development state elsewhere is dropped). */
  dataMounts: { volume: string; path: string }[];
}

function readCompose(path: string): Compose {
  return parse(readFileSync(join(REPO_ROOT, path), 'utf8'), { merge: true }) as Compose;
}

function workloads(base: Compose, production: Compose): { servers: Workload[]; migrate: Workload } {
  const all = Object.entries(base.services)
    .filter(([, service]) => service.build?.dockerfile === NODE_DOCKERFILE)
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
      return { name, port: Number(env.PORT ?? 0), env, dataMounts };
    });
  const migrate = all.find((w) => base.services[w.name]!.build?.args?.SERVICE === 'migrate');
  if (!migrate) throw new Error('docker-compose.yml has no service built with SERVICE=migrate');
  return { servers: all.filter((w) => w !== migrate), migrate };
}

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
/** tsx compiles into /tmp and npx keeps its cache and logs in the home folder. */
const scratchVolumes = [
  { name: 'tmp', path: '/tmp' },
  { name: 'npm-home', path: '/home/node' },
];

function deployment(workload: Workload) {
  const router = workload.name === 'router';
  const labels = { 'app.kubernetes.io/name': workload.name };
  const health = { path: '/health', port: 'http' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: workload.name, labels },
    spec: {
      // The router's replica count belongs to its HorizontalPodAutoscaler.
      ...(router ? {} : { replicas: 1 }),
      selector: { matchLabels: labels },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: {
          labels,
          annotations: {
            'prometheus.io/scrape': 'true',
            'prometheus.io/port': String(workload.port),
            'prometheus.io/path': '/metrics',
          },
        },
        spec: {
          automountServiceAccountToken: false,
          securityContext: podSecurity,
          terminationGracePeriodSeconds: 30,
          containers: [
            {
              name: workload.name,
              image: `${IMAGE_PREFIX}${workload.name}`,
              ports: [{ name: 'http', containerPort: workload.port }],
              envFrom: [{ configMapRef: { name: CONFIG_MAP } }],
              env: envEntries(workload.env, true),
              startupProbe: { httpGet: health, periodSeconds: 5, failureThreshold: 36 },
              readinessProbe: { httpGet: health, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
              // Liveness asks only whether the process answers: /health also checks Postgres and Redis, and a
              // database outage must not restart every pod at once.
              livenessProbe: { tcpSocket: { port: 'http' }, periodSeconds: 20, failureThreshold: 3 },
              resources: router
                ? { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '768Mi' } }
                : { requests: { cpu: '100m', memory: '192Mi' }, limits: { cpu: '1', memory: '512Mi' } },
              securityContext: containerSecurity,
              volumeMounts: [
                ...scratchVolumes.map((v) => ({ name: v.name, mountPath: v.path })),
                ...workload.dataMounts.map((m) => ({ name: m.volume, mountPath: m.path })),
              ],
            },
          ],
          volumes: [
            ...scratchVolumes.map((v) => ({ name: v.name, emptyDir: {} })),
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

function service(workload: Workload) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: workload.name, labels: { 'app.kubernetes.io/name': workload.name } },
    spec: {
      selector: { 'app.kubernetes.io/name': workload.name },
      ports: [{ name: 'http', port: workload.port, targetPort: 'http' }],
    },
  };
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
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'migrate', labels: { 'app.kubernetes.io/name': 'migrate' } },
    spec: {
      backoffLimit: 4,
      ttlSecondsAfterFinished: 86_400,
      template: {
        metadata: { labels: { 'app.kubernetes.io/name': 'migrate' } },
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
              resources: {
                requests: { cpu: '100m', memory: '256Mi' },
                limits: { cpu: '1', memory: '768Mi' },
              },
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

function routerAutoscaler() {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'router' },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'router' },
      minReplicas: 2,
      maxReplicas: 10,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
      ],
    },
  };
}

function ingressPath(path: string, service: string) {
  return { path, pathType: 'Prefix', backend: { service: { name: service, port: { name: 'http' } } } };
}

function routerIngress(host: string, subgraphPaths: [service: string, path: string][]) {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: 'router',
      annotations: {
        // graphql-ws subscriptions hold a connection open; image uploads go through the router.
        'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600',
        'nginx.ingress.kubernetes.io/proxy-send-timeout': '3600',
        'nginx.ingress.kubernetes.io/proxy-body-size': '10m',
      },
    },
    spec: {
      ingressClassName: 'nginx',
      rules: [
        {
          host,
          http: {
            // ingress-nginx picks the longest matching path, so the order here does not matter.
            paths: [
              ingressPath('/', 'router'),
              ...subgraphPaths.map(([service, path]) => ingressPath(path, service)),
            ],
          },
        },
      ],
    },
  };
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

/** Every manifest of the base and the production overlay, formatted as the repository formats YAML. */
export async function renderManifests(): Promise<ManifestFile[]> {
  const base = readCompose('docker-compose.yml');
  const production = readCompose('infrastructure/docker/compose.production.yml');
  const { servers, migrate } = workloads(base, production);
  const router = servers.find((w) => w.name === 'router');
  if (!router) throw new Error('docker-compose.yml has no router service');
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

  const files: ManifestFile[] = [
    yamlFile('base/namespace.yaml', [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE } }]),
    ...servers.map((w) => yamlFile(`base/${w.name}.yaml`, [deployment(w), service(w)])),
    ...(claims.length ? [yamlFile('base/persistent-volumes.yaml', claims.map(persistentVolumeClaim))] : []),
    yamlFile('base/migrate-job.yaml', [migrationJob(jobEnv, migrateCommand ?? ['npm', 'run', 'db:migrate'])]),
    yamlFile('base/router-hpa.yaml', [routerAutoscaler()]),
    yamlFile('base/router-ingress.yaml', [routerIngress('api.msa-grok.local', publicPaths)]),
  ];
  const resources = files.map((f) => f.path.replace('base/', ''));
  files.push(
    yamlFile('base/kustomization.yaml', [
      {
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        namespace: NAMESPACE,
        labels: [{ pairs: { 'app.kubernetes.io/part-of': 'msa-grok' } }],
        resources,
        configMapGenerator: [
          { name: CONFIG_MAP, literals: Object.entries(shared).map(([k, v]) => `${k}=${v}`) },
          {
            name: ENVIRONMENT_CONFIG_MAP,
            literals: Object.entries(ENVIRONMENT_KEYS).map(([k, v]) => `${k}=${v.base}`),
          },
        ],
        images: [...servers, migrate].map((w) => ({ name: `${IMAGE_PREFIX}${w.name}`, newTag: 'latest' })),
      },
    ]),
    yamlFile('overlays/production/kustomization.yaml', [
      {
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: ['../../base'],
        // Two replicas survive a node loss; a service writing to a ReadWriteOnce volume stays at one.
        replicas: servers
          .filter((w) => w !== router)
          .map((w) => ({ name: w.name, count: w.dataMounts.length ? 1 : 2 })),
        configMapGenerator: [
          {
            name: ENVIRONMENT_CONFIG_MAP,
            behavior: 'merge',
            literals: Object.entries(ENVIRONMENT_KEYS).map(([k, v]) => `${k}=${v.production}`),
          },
        ],
        patches: [
          {
            target: { kind: 'HorizontalPodAutoscaler', name: 'router' },
            patch: stringify([
              { op: 'replace', path: '/spec/minReplicas', value: 3 },
              { op: 'replace', path: '/spec/maxReplicas', value: 20 },
            ]),
          },
          {
            target: { kind: 'Ingress', name: 'router' },
            patch: stringify([{ op: 'replace', path: '/spec/rules/0/host', value: 'api.example.com' }]),
          },
        ],
        images: [...servers, migrate].map((w) => ({
          name: `${IMAGE_PREFIX}${w.name}`,
          newName: `registry.example.com/msa-grok/${w.name}`,
          newTag: '1.0.0',
        })),
      },
    ]),
  );

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
