import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  CLUSTER_ISSUER,
  COLOUR_LABEL,
  COLOURS,
  CONFIG_MAP,
  ENVIRONMENT_CONFIG_MAP,
  HOSTS,
  INGRESS_CONTROLLER_NAMESPACE,
  LIVE_COLOUR,
  MONITORING_NAMESPACE,
  OPTIONAL_SECRET_KEYS,
  PUBLIC_SUBGRAPH_PATHS,
  RELEASE,
  releaseSuffix,
  renderManifests,
  SECRET,
} from '../../infrastructure/k8s/generate';
import { environmentOf, loadCompose, nodeServices } from './support/compose-file';
import {
  existsInRepo,
  listRepoFiles,
  readRepoFile,
  readYaml,
  readYamlDocuments,
  repoPath,
} from './support/repo-files';
import { codeScope, unreadEnvVars } from './support/service-code';

const K8S = 'infrastructure/k8s';
const OVERLAYS = [
  'base',
  'overlays/production',
  'overlays/production/migrate',
  'overlays/blue-green',
  'overlays/blue-green/migrate',
];

type Labels = Record<string, string>;
interface LabelSelector {
  matchLabels?: Labels;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: {
    name: string;
    value?: string;
    valueFrom?: {
      secretKeyRef?: { name: string; key: string; optional?: boolean };
      configMapKeyRef?: { name: string; key: string };
    };
  }[];
  envFrom?: { configMapRef?: { name: string } }[];
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}
interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Labels; annotations?: Record<string, string> };
  spec: {
    replicas?: number;
    selector?: Labels & LabelSelector;
    podSelector?: LabelSelector;
    ingress?: { from?: { podSelector?: LabelSelector; namespaceSelector?: LabelSelector }[] }[];
    policyTypes?: string[];
    ports?: { name?: string; port: number; targetPort: string | number }[];
    scaleTargetRef?: { kind: string; name: string };
    minReplicas?: number;
    maxUnavailable?: number;
    tls?: { hosts: string[]; secretName: string }[];
    template?: { metadata: { labels: Labels }; spec: { containers: Container[] } };
    rules?: {
      host: string;
      http: {
        paths: {
          path: string;
          backend: { service: { name: string; port: { name?: string; number?: number } } };
        }[];
      };
    }[];
  };
}
interface Kustomization {
  resources?: string[];
  configMapGenerator?: { name: string; literals?: string[] }[];
  replicas?: { name: string; count: number }[];
  patches?: { path?: string; target?: { kind: string; name: string } }[];
  nameSuffix?: string;
  images?: { name: string; newTag?: string }[];
}

const yamlFiles = listRepoFiles(K8S, (name) => /\.ya?ml$/.test(name));
const manifestsIn = (dir: string) =>
  listRepoFiles(`${K8S}/${dir}`, (name) => name.endsWith('.yaml') && name !== 'kustomization.yaml')
    .filter((file) => posix.dirname(file) === `${K8S}/${dir}`)
    .flatMap((file) => readYamlDocuments(file) as Manifest[]);
const baseManifests = [...manifestsIn('platform'), ...manifestsIn('base'), ...manifestsIn('migrate')];
const ofKind = (kind: string, from = baseManifests) => from.filter((m) => m.kind === kind);
const deployments = ofKind('Deployment');
const compose = loadCompose();
const servers = nodeServices(compose).filter((s) => s.kind === 'router' || s.kind === 'subgraph');
const webApps = nodeServices(compose).filter((s) => s.kind === 'next');
const kindOf = (name: string) => nodeServices(compose).find((s) => s.name === name)!.kind;

function containerOf(workload: Manifest): Container {
  const container = workload.spec.template?.spec.containers[0];
  if (!container) throw new Error(`${workload.kind} ${workload.metadata.name} has no container`);
  return container;
}

function containerPort(container: Container, port: string | number): number | undefined {
  return typeof port === 'number' ? port : container.ports?.find((p) => p.name === port)?.containerPort;
}

function matches(selector: LabelSelector | undefined, labels: Labels): boolean {
  if (!selector) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every((e) => {
    if (e.operator === 'In') return e.values!.includes(labels[e.key]!);
    if (e.operator === 'NotIn') return !e.values!.includes(labels[e.key]!);
    if (e.operator === 'Exists') return e.key in labels;
    return !(e.key in labels);
  });
  return byLabels && byExpressions;
}

type Peer = { namespace: string; labels: Labels };
/** Whether the NetworkPolicies let `peer` open a connection to pods labelled `target` (ingress rules only). */
function admits(policies: Manifest[], target: Labels, peer: Peer): boolean {
  const selecting = policies.filter((p) => matches(p.spec.podSelector, target));
  if (!selecting.length) return true;
  return selecting.some((policy) =>
    (policy.spec.ingress ?? []).some((rule) =>
      (rule.from ?? []).some((from) => {
        const namespaceOk = from.namespaceSelector
          ? matches(from.namespaceSelector, { 'kubernetes.io/metadata.name': peer.namespace })
          : peer.namespace === 'msa-grok';
        const podOk = from.podSelector ? matches(from.podSelector, peer.labels) : true;
        return namespaceOk && podOk;
      }),
    ),
  );
}

function kubectlAvailable(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const render = (dir: string) =>
  parseAllDocuments(execFileSync('kubectl', ['kustomize', repoPath(K8S, dir)], { encoding: 'utf8' }))
    .map((d) => d.toJS() as Manifest)
    .filter(Boolean);

const requireModel = createRequire(import.meta.url);
/** Validates an object against the Kubernetes OpenAPI schema of its apiVersion and kind. */
function schemaErrors(object: Manifest): string | undefined {
  const [group, version] = object.apiVersion.includes('/')
    ? object.apiVersion.split('/')
    : [undefined, object.apiVersion];
  const models = requireModel(`kubernetes-models/${group ? `${group}/` : ''}${version}`) as Record<
    string,
    new (data: unknown) => { validate(): void }
  >;
  const Model = models[object.kind];
  if (!Model) return `no schema for ${object.apiVersion} ${object.kind}`;
  try {
    new Model(object).validate();
    return undefined;
  } catch (error) {
    return `${object.kind} ${object.metadata.name}: ${(error as Error).message}`;
  }
}

describe('infrastructure/k8s', () => {
  it('parses every YAML document', () => {
    expect(yamlFiles.length).toBeGreaterThan(5);
    for (const file of yamlFiles) expect(readYamlDocuments(file).length, file).toBeGreaterThan(0);
  });

  it('is exactly what generate.ts renders from the compose files', async () => {
    const rendered = await renderManifests();
    const stale = 'stale: run npx tsx infrastructure/k8s/generate.ts';
    expect(rendered.map((f) => `${K8S}/${f.path}`).sort(), stale).toEqual(yamlFiles);
    for (const file of rendered)
      expect(readRepoFile(`${K8S}/${file.path}`), `${file.path} ${stale}`).toBe(file.content);
  });

  it('lists only files and folders that exist, and every manifest of its folder', () => {
    const kustomizations = listRepoFiles(K8S, (name) => name === 'kustomization.yaml');
    expect(kustomizations.length).toBeGreaterThanOrEqual(OVERLAYS.length + 2);
    for (const file of kustomizations) {
      const dir = posix.dirname(file);
      const kustomization = readYaml<Kustomization>(file);
      expect(kustomization.resources?.length, dir).toBeGreaterThan(0);
      for (const resource of kustomization.resources ?? []) {
        const path = posix.normalize(`${dir}/${resource}`);
        const exists = resource.endsWith('.yaml')
          ? existsInRepo(path)
          : existsInRepo(`${path}/kustomization.yaml`);
        expect(exists, `${dir}: ${resource}`).toBe(true);
      }
      for (const patch of kustomization.patches ?? []) {
        if (patch.path) expect(existsInRepo(`${dir}/${patch.path}`), patch.path).toBe(true);
      }
      const files = listRepoFiles(dir, (name) => name.endsWith('.yaml') && name !== 'kustomization.yaml')
        .filter((f) => posix.dirname(f) === dir)
        .map((f) => posix.basename(f));
      const listed = (kustomization.resources ?? []).filter((r) => r.endsWith('.yaml'));
      expect([...listed].sort(), dir).toEqual(files.sort());
    }
  });

  it('deploys the router, every subgraph and both web apps of docker-compose.yml', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(
      [...servers, ...webApps].map((s) => s.name).sort(),
    );
    expect(webApps.map((s) => s.name).sort()).toEqual(['admin', 'web']);
  });

  it('gives every Deployment a Service on its container port, a readiness probe, requests and limits', () => {
    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      const container = containerOf(deployment);
      const service = ofKind('Service').find((s) => s.metadata.name === name);
      expect(service, `Service ${name}`).toBeDefined();
      const podLabels = deployment.spec.template!.metadata.labels;
      expect(matches({ matchLabels: service!.spec.selector as Labels }, podLabels), name).toBe(true);
      expect(deployment.spec.selector?.matchLabels).toEqual(service!.spec.selector);
      const port = Number(environmentOf(compose.services[name]!).PORT);
      expect(service!.spec.ports?.[0]?.port, name).toBe(port);
      expect(containerPort(container, service!.spec.ports![0]!.targetPort), name).toBe(port);
      expect(container.readinessProbe?.httpGet?.path, name).toBe(kindOf(name) === 'next' ? '/' : '/health');
      expect(containerPort(container, container.readinessProbe!.httpGet!.port), name).toBe(port);
      for (const resource of ['cpu', 'memory'])
        expect(
          container.resources?.requests?.[resource] && container.resources?.limits?.[resource],
          `${name} ${resource}`,
        ).toBeTruthy();
    }
  });

  it('has every service listen on all interfaces (HOST=0.0.0.0) in compose and in the cluster', () => {
    const generator = readYaml<Kustomization>(`${K8S}/platform/kustomization.yaml`).configMapGenerator;
    expect(generator?.find((g) => g.name === CONFIG_MAP)?.literals).toContain('HOST=0.0.0.0');
    for (const service of servers) {
      expect(environmentOf(service.service).HOST, service.name).toBe('0.0.0.0');
      const container = containerOf(deployments.find((d) => d.metadata.name === service.name)!);
      expect(container.envFrom?.[0]?.configMapRef?.name, service.name).toBe(CONFIG_MAP);
    }
  });

  it('sets only env vars the code reads, from the shared ConfigMap and the Secret', () => {
    const generators = readYaml<Kustomization>(`${K8S}/platform/kustomization.yaml`).configMapGenerator ?? [];
    const keysOf = (name: string) =>
      (generators.find((g) => g.name === name)?.literals ?? []).map((line) => line.split('=')[0]!);
    const sharedKeys = keysOf(CONFIG_MAP);
    expect(sharedKeys).toEqual(expect.arrayContaining(['NODE_ENV', 'REDIS_URL', 'JWKS_URL']));
    expect(generators.find((g) => g.name === CONFIG_MAP)?.literals).toContain('NODE_ENV=production');
    for (const workload of [...deployments, ...ofKind('Job')]) {
      const name = workload.metadata.name;
      const node = nodeServices(compose).find((s) => s.name === name)!;
      const container = containerOf(workload);
      const fromConfigMap = container.envFrom?.map((source) => source.configMapRef?.name) ?? [];
      const expected = workload.kind === 'Job' || node.kind === 'next' ? [] : [CONFIG_MAP];
      expect(fromConfigMap, name).toEqual(expected);
      const names = [
        ...(container.env ?? []).map((e) => e.name),
        ...(fromConfigMap.length ? sharedKeys : []),
      ];
      expect(unreadEnvVars(node.kind, names, codeScope(node.kind, node.dir)), name).toEqual([]);
      for (const entry of container.env ?? []) {
        const secret = entry.valueFrom?.secretKeyRef;
        const config = entry.valueFrom?.configMapKeyRef;
        if (secret) expect(secret.name, `${name}.${entry.name}`).toBe(SECRET);
        if (config) expect(keysOf(config.name), `${name}.${entry.name}`).toContain(config.key);
        if (config) expect(config.name).toBe(ENVIRONMENT_CONFIG_MAP);
      }
    }
    for (const app of webApps) {
      const container = containerOf(deployments.find((d) => d.metadata.name === app.name)!);
      expect(container.env?.find((e) => e.name === 'API_ORIGIN')?.valueFrom?.configMapKeyRef?.key).toBe(
        'API_ORIGIN',
      );
    }
    const users = containerOf(deployments.find((d) => d.metadata.name === 'users')!);
    expect(users.env?.find((e) => e.name === 'JWT_PRIVATE_KEY')?.valueFrom?.secretKeyRef?.name).toBe(SECRET);
    const job = containerOf(ofKind('Job')[0]!);
    expect(job.env?.find((e) => e.name === 'NODE_ENV')?.value).toBe('production');
  });

  it('requires every Secret key but the optional backends, and documents each one in the README', () => {
    const readme = readRepoFile('infrastructure/README.md');
    const refs = [...deployments, ...ofKind('Job')].flatMap((workload) =>
      (containerOf(workload).env ?? []).flatMap((entry) => {
        const ref = entry.valueFrom?.secretKeyRef;
        return ref ? [{ where: `${workload.metadata.name}.${entry.name}`, ...ref }] : [];
      }),
    );
    const keys = new Set(refs.map((ref) => ref.key));
    expect([...keys]).toEqual(
      expect.arrayContaining([
        'DATABASE_URL',
        'JWT_PRIVATE_KEY',
        'INTERNAL_SERVICE_SECRET',
        'PAYMENTS_WEBHOOK_SECRET',
      ]),
    );
    for (const ref of refs) {
      expect(ref.optional ?? false, ref.where).toBe(OPTIONAL_SECRET_KEYS.includes(ref.key));
    }
    // The deploy instructions create the Secret: the command there must give every required key.
    const create = /create secret generic msa-secrets((?:.*\\\n)*.*)/.exec(readme)?.[1] ?? '';
    const created = [...create.matchAll(/--from-(?:literal|file)=([A-Z0-9_]+)=/g)].map((m) => m[1]);
    for (const key of keys) {
      if (OPTIONAL_SECRET_KEYS.includes(key)) expect(readme, `README names ${key}`).toContain(key);
      else expect(created, `README's kubectl create secret gives ${key}`).toContain(key);
    }
  });

  it('serves the API, the storefront and the dashboard over TLS from cert-manager', () => {
    const ingresses = ofKind('Ingress');
    expect(ingresses).toHaveLength(1);
    const ingress = ingresses[0]!;
    expect(ingress.metadata.annotations?.['cert-manager.io/cluster-issuer']).toBe(CLUSTER_ISSUER);
    const hosts = Object.values(HOSTS.base);
    expect(ingress.spec.tls?.[0]?.hosts.sort()).toEqual([...hosts].sort());
    expect(ingress.spec.tls?.[0]?.secretName).toBeTruthy();
    const backendOf = (host: string) =>
      ingress.spec.rules?.find((r) => r.host === host)?.http.paths.find((p) => p.path === '/')?.backend
        .service;
    expect(backendOf(HOSTS.base.api)?.name).toBe('router');
    expect(backendOf(HOSTS.base.web)?.name).toBe('web');
    expect(backendOf(HOSTS.base.admin)?.name).toBe('admin');
    for (const rule of ingress.spec.rules ?? [])
      for (const path of rule.http.paths) {
        const service = ofKind('Service').find((s) => s.metadata.name === path.backend.service.name);
        expect(path.backend.service.port.name, path.path).toBe(service?.spec.ports?.[0]?.name);
      }
  });

  it('routes the public paths of subgraphs to them, paths their code serves', () => {
    const paths = ofKind('Ingress')[0]?.spec.rules?.[0]?.http.paths ?? [];
    expect(Object.keys(PUBLIC_SUBGRAPH_PATHS).length).toBeGreaterThan(0);
    for (const [name, path] of Object.entries(PUBLIC_SUBGRAPH_PATHS)) {
      const route = paths.find((p) => p.path === path);
      expect(route?.backend.service.name, path).toBe(name);
      const sources = listRepoFiles(`subgraphs/${name}/src`, (file) => /(?<!\.spec)\.ts$/.test(file));
      expect(
        sources.some((file) => readRepoFile(file).includes(`'${path}'`)),
        `subgraphs/${name}/src serves ${path}`,
      ).toBe(true);
    }
  });

  it('lets only the ingress controller reach the public pods, and only the router and subgraphs reach subgraphs', () => {
    const policies = ofKind('NetworkPolicy');
    expect(policies.find((p) => p.metadata.name === 'default-deny-ingress')?.spec.podSelector).toEqual({});
    const podsOf = (name: string) =>
      deployments.find((d) => d.metadata.name === name)!.spec.template!.metadata.labels;
    const podOf = (name: string): Peer => ({ namespace: 'msa-grok', labels: podsOf(name) });
    const controller: Peer = { namespace: INGRESS_CONTROLLER_NAMESPACE, labels: {} };
    const stranger: Peer = { namespace: 'other', labels: {} };
    const job: Peer = { namespace: 'msa-grok', labels: { 'app.kubernetes.io/name': 'migrate' } };
    const monitoring: Peer = { namespace: MONITORING_NAMESPACE, labels: {} };
    for (const name of ['router', 'web', 'admin']) {
      expect(admits(policies, podsOf(name), controller), name).toBe(true);
      expect(admits(policies, podsOf(name), stranger), name).toBe(false);
    }
    for (const subgraph of servers.filter((s) => s.kind === 'subgraph')) {
      const target = podsOf(subgraph.name);
      const isPublic = subgraph.name in PUBLIC_SUBGRAPH_PATHS;
      expect(admits(policies, target, controller), subgraph.name).toBe(isPublic);
      expect(admits(policies, target, podOf('router')), subgraph.name).toBe(true);
      expect(admits(policies, target, podOf('users')), subgraph.name).toBe(true);
      expect(admits(policies, target, podOf('web')), subgraph.name).toBe(false);
      expect(admits(policies, target, job), subgraph.name).toBe(false);
      expect(admits(policies, target, stranger), subgraph.name).toBe(false);
      expect(admits(policies, target, monitoring), subgraph.name).toBe(true);
    }
    // Subgraphs that read through the router (ROUTER_URL) and the web apps' servers reach it.
    expect(admits(policies, podsOf('router'), podOf('orders'))).toBe(true);
    expect(admits(policies, podsOf('router'), podOf('web'))).toBe(true);
    expect(admits(policies, podsOf('web'), podOf('orders'))).toBe(false);
    // The image store is reached by its owner only.
    const store = ofKind('StatefulSet').find((s) => s.metadata.name === 'minio');
    expect(store, 'the MinIO example').toBeDefined();
    const storeLabels = store!.spec.template!.metadata.labels;
    expect(admits(policies, storeLabels, podOf('products'))).toBe(true);
    for (const other of ['router', 'orders', 'web'])
      expect(admits(policies, storeLabels, podOf(other)), other).toBe(false);
  });

  it('stores product images in the S3 store, so products runs at least two replicas', () => {
    const products = deployments.find((d) => d.metadata.name === 'products')!;
    const env = Object.fromEntries((containerOf(products).env ?? []).map((e) => [e.name, e.value]));
    expect(env.MEDIA_STORAGE).toBe('s3');
    expect(env.S3_ENDPOINT).toBe('http://minio:9000');
    expect(products.spec.template!.spec).not.toHaveProperty('volumes.2');
    const hpa = ofKind('HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef?.name === 'products');
    expect(hpa?.spec.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it('autoscales the router and every stateless subgraph, and bounds disruptions of every Deployment', () => {
    const hpas = ofKind('HorizontalPodAutoscaler');
    const scaled = hpas.map((h) => h.spec.scaleTargetRef!.name).sort();
    expect(scaled).toContain('router');
    const stateless = servers.filter(
      (s) => !(s.service.volumes ?? []).some((v) => typeof v === 'string' && v.includes(':/data/')),
    );
    expect(scaled).toEqual(stateless.map((s) => s.name).sort());
    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      // A replica count next to an autoscaler would fight it on every apply.
      expect(deployment.spec.replicas === undefined, name).toBe(scaled.includes(name));
      const budget = ofKind('PodDisruptionBudget').find((p) => p.metadata.name === name);
      expect(budget?.spec.maxUnavailable, name).toBe(1);
      expect(matches(budget!.spec.selector, deployment.spec.template!.metadata.labels), name).toBe(true);
    }
  });

  it('migrates once per release with a Job named after the release, before the release is applied', () => {
    const job = ofKind('Job').find((j) => j.metadata.name === 'migrate');
    expect(containerOf(job!).command?.join(' ')).toBe('npm run db:migrate');
    expect(ofKind('Job', manifestsIn('base'))).toEqual([]);
    for (const overlay of ['overlays/production', 'overlays/blue-green']) {
      const migrate = readYaml<Kustomization>(`${K8S}/${overlay}/migrate/kustomization.yaml`);
      expect(migrate.nameSuffix).toBe(releaseSuffix(RELEASE));
      expect(migrate.images?.[0]?.newTag).toBe(RELEASE);
    }
    const readme = readRepoFile('infrastructure/README.md');
    expect(readme).toContain('kubectl apply -k infrastructure/k8s/overlays/production/migrate');
    expect(readme).toContain(`job/migrate${releaseSuffix(RELEASE)}`);
  });

  it('sets production replica counts only for Deployments without an autoscaler', () => {
    const overlay = readYaml<Kustomization>(`${K8S}/overlays/production/kustomization.yaml`);
    const scaled = ofKind('HorizontalPodAutoscaler').map((h) => h.spec.scaleTargetRef!.name);
    const names = deployments.map((d) => d.metadata.name);
    expect(overlay.replicas?.map((r) => r.name).sort()).toEqual(
      names.filter((n) => !scaled.includes(n)).sort(),
    );
    for (const replica of overlay.replicas ?? []) expect(replica.count).toBeGreaterThanOrEqual(1);
    for (const patch of overlay.patches ?? []) {
      if (patch.target)
        expect(
          baseManifests.some((m) => m.kind === patch.target!.kind && m.metadata.name === patch.target!.name),
        ).toBe(true);
    }
  });

  it('runs two colours side by side, each talking only to its own colour, behind switchable Services', () => {
    const live = manifestsIn('overlays/blue-green');
    const publicNames = ['router', 'web', 'admin', ...Object.keys(PUBLIC_SUBGRAPH_PATHS)].sort();
    expect(live.map((s) => s.metadata.name).sort()).toEqual(publicNames);
    for (const service of live) expect(service.spec.selector?.[COLOUR_LABEL]).toBe(LIVE_COLOUR);
    const names = deployments.map((d) => d.metadata.name);
    for (const colour of COLOURS) {
      const other = COLOURS.find((c) => c !== colour)!;
      const objects = manifestsIn(`overlays/blue-green/${colour}`);
      const coloured = ofKind('Deployment', objects);
      expect(coloured.map((d) => d.metadata.name).sort()).toEqual(names.map((n) => `${n}-${colour}`).sort());
      for (const deployment of coloured) {
        expect(deployment.spec.template?.metadata.labels[COLOUR_LABEL]).toBe(colour);
        for (const entry of containerOf(deployment).env ?? []) {
          for (const name of names) {
            expect(entry.value ?? '', `${deployment.metadata.name}.${entry.name}`).not.toMatch(
              new RegExp(`//${name}(-${other})?:`),
            );
          }
        }
      }
    }
    // The switch and the rollback are documented.
    const readme = readRepoFile('infrastructure/README.md');
    expect(readme).toMatch(/kubectl .*patch service/);
    expect(readme).toContain(`"${COLOUR_LABEL}":"green"`);
    expect(readme).toContain(`"${COLOUR_LABEL}":"blue"`);
  });

  it.skipIf(!kubectlAvailable())(
    'renders every overlay with kustomize into objects that pass the Kubernetes schema (skipped where kubectl is not installed)',
    () => {
      const rendered = Object.fromEntries(OVERLAYS.map((dir) => [dir, render(dir)]));
      for (const [dir, objects] of Object.entries(rendered)) {
        expect(objects.length, dir).toBeGreaterThan(0);
        expect(objects.map(schemaErrors).filter(Boolean), dir).toEqual([]);
      }
      const base = rendered.base!;
      expect(ofKind('Deployment', base)).toHaveLength(deployments.length);
      expect(base.some((o) => new RegExp(`^${CONFIG_MAP}-[a-z0-9]{10}$`).test(o.metadata.name))).toBe(true);
      const production = rendered['overlays/production']!;
      expect(
        ofKind('HorizontalPodAutoscaler', production).find((h) => h.metadata.name === 'router')?.spec
          .minReplicas,
      ).toBe(3);
      expect(ofKind('Ingress', production)[0]?.spec.rules?.map((r) => r.host)).toEqual(
        Object.values(HOSTS.production),
      );
      expect(containerOf(ofKind('Deployment', production)[0]!).image).toMatch(
        new RegExp(`^registry\\.example\\.com/msa-grok/[a-z]+:${RELEASE.replace(/\./g, '\\.')}$`),
      );
      expect(ofKind('Job', rendered['overlays/production/migrate']!)[0]?.metadata.name).toBe(
        `migrate${releaseSuffix(RELEASE)}`,
      );
      const blueGreen = rendered['overlays/blue-green']!;
      expect(ofKind('Deployment', blueGreen)).toHaveLength(deployments.length * COLOURS.length);
      // Every Service the Ingress names exists in each layout.
      for (const layout of [base, production, blueGreen]) {
        const services = ofKind('Service', layout).map((s) => s.metadata.name);
        for (const rule of ofKind('Ingress', layout)[0]!.spec.rules ?? [])
          for (const path of rule.http.paths) expect(services).toContain(path.backend.service.name);
      }
    },
  );
});
