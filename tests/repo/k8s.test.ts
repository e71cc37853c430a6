import { execFileSync } from 'node:child_process';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_MAP,
  ENVIRONMENT_CONFIG_MAP,
  OPTIONAL_SECRET_KEYS,
  PUBLIC_SUBGRAPH_PATHS,
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
  kind: string;
  metadata: { name: string };
  spec: {
    selector?: Record<string, unknown> & { matchLabels?: Record<string, string> };
    ports?: { name?: string; port: number; targetPort: string | number }[];
    scaleTargetRef?: { kind: string; name: string };
    template?: { metadata: { labels: Record<string, string> }; spec: { containers: Container[] } };
    rules?: {
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
}

const yamlFiles = listRepoFiles(K8S, (name) => /\.ya?ml$/.test(name));
const baseManifests = listRepoFiles(
  `${K8S}/base`,
  (name) => name.endsWith('.yaml') && name !== 'kustomization.yaml',
).flatMap((file) => readYamlDocuments(file) as Manifest[]);
const ofKind = (kind: string) => baseManifests.filter((m) => m.kind === kind);
const deployments = ofKind('Deployment');
const compose = loadCompose();
const servers = nodeServices(compose).filter((s) => s.kind === 'router' || s.kind === 'subgraph');

function containerOf(workload: Manifest): Container {
  const container = workload.spec.template?.spec.containers[0];
  if (!container) throw new Error(`${workload.kind} ${workload.metadata.name} has no container`);
  return container;
}

function containerPort(container: Container, port: string | number): number | undefined {
  return typeof port === 'number' ? port : container.ports?.find((p) => p.name === port)?.containerPort;
}

function kubectlAvailable(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
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

  it('lists only files and folders that exist, and every manifest of the base', () => {
    for (const dir of [`${K8S}/base`, `${K8S}/overlays/production`]) {
      const kustomization = readYaml<Kustomization>(`${dir}/kustomization.yaml`);
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
    }
    const listed = readYaml<Kustomization>(`${K8S}/base/kustomization.yaml`).resources ?? [];
    const files = listRepoFiles(
      `${K8S}/base`,
      (name) => name.endsWith('.yaml') && name !== 'kustomization.yaml',
    );
    expect([...listed].sort()).toEqual(files.map((f) => f.slice(`${K8S}/base/`.length)).sort());
  });

  it('deploys the router and every subgraph of docker-compose.yml', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(servers.map((s) => s.name).sort());
  });

  it('gives every Deployment a Service on its container port and a readiness probe on /health', () => {
    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      const container = containerOf(deployment);
      const service = ofKind('Service').find((s) => s.metadata.name === name);
      expect(service, `Service ${name}`).toBeDefined();
      const podLabels = deployment.spec.template!.metadata.labels;
      expect(
        Object.entries(service!.spec.selector ?? {}).every(([k, v]) => podLabels[k] === v),
        name,
      ).toBe(true);
      expect(deployment.spec.selector?.matchLabels).toEqual(service!.spec.selector);
      const port = Number(environmentOf(compose.services[name]!).PORT);
      expect(service!.spec.ports?.[0]?.port, name).toBe(port);
      expect(containerPort(container, service!.spec.ports![0]!.targetPort), name).toBe(port);
      expect(container.readinessProbe?.httpGet?.path, name).toBe('/health');
      expect(containerPort(container, container.readinessProbe!.httpGet!.port), name).toBe(port);
      expect(container.resources?.requests?.memory && container.resources?.limits?.memory, name).toBeTruthy();
    }
  });

  it('sets only env vars the code reads, from the shared ConfigMap and the Secret', () => {
    const generators = readYaml<Kustomization>(`${K8S}/base/kustomization.yaml`).configMapGenerator ?? [];
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
      expect(fromConfigMap, name).toEqual(workload.kind === 'Job' ? [] : [CONFIG_MAP]);
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

  it('routes the public paths of subgraphs to them, paths their code serves', () => {
    const paths = ofKind('Ingress')[0]?.spec.rules?.[0]?.http.paths ?? [];
    expect(Object.keys(PUBLIC_SUBGRAPH_PATHS).length).toBeGreaterThan(0);
    for (const [name, path] of Object.entries(PUBLIC_SUBGRAPH_PATHS)) {
      const route = paths.find((p) => p.path === path);
      expect(route?.backend.service.name, path).toBe(name);
      expect(route?.backend.service.port.name).toBe(
        ofKind('Service').find((s) => s.metadata.name === name)?.spec.ports?.[0]?.name,
      );
      const sources = listRepoFiles(`subgraphs/${name}/src`, (file) => /(?<!\.spec)\.ts$/.test(file));
      expect(
        sources.some((file) => readRepoFile(file).includes(`'${path}'`)),
        `subgraphs/${name}/src serves ${path}`,
      ).toBe(true);
    }
  });

  it('migrates with a Job, scales the router with an HPA and exposes it through an Ingress', () => {
    const job = ofKind('Job').find((j) => j.metadata.name === 'migrate');
    expect(containerOf(job!).command?.join(' ')).toBe('npm run db:migrate');
    const hpa = ofKind('HorizontalPodAutoscaler')[0];
    expect(hpa?.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'router' });
    expect(deployments.find((d) => d.metadata.name === 'router')).not.toHaveProperty('spec.replicas');
    const backend = ofKind('Ingress')[0]?.spec.rules?.[0]?.http.paths.find((p) => p.path === '/')?.backend
      .service;
    expect(backend?.name).toBe('router');
    const routerService = ofKind('Service').find((s) => s.metadata.name === 'router');
    expect(backend?.port.name).toBe(routerService?.spec.ports?.[0]?.name);
  });

  it('sets production replica counts only for Deployments that exist', () => {
    const overlay = readYaml<Kustomization>(`${K8S}/overlays/production/kustomization.yaml`);
    const names = deployments.map((d) => d.metadata.name);
    expect(overlay.replicas?.length).toBe(names.length - 1);
    for (const replica of overlay.replicas ?? []) {
      expect(names, replica.name).toContain(replica.name);
      expect(replica.count).toBeGreaterThanOrEqual(1);
    }
    for (const patch of overlay.patches ?? []) {
      if (patch.target)
        expect(
          baseManifests.some((m) => m.kind === patch.target!.kind && m.metadata.name === patch.target!.name),
        ).toBe(true);
    }
  });

  it.skipIf(!kubectlAvailable())('renders with kustomize (skipped where kubectl is not installed)', () => {
    const render = (dir: string) =>
      execFileSync('kubectl', ['kustomize', repoPath(K8S, dir)], { encoding: 'utf8' });
    const base = render('base');
    expect(base.match(/^kind: Deployment$/gm)?.length).toBe(deployments.length);
    expect(base).toMatch(new RegExp(`name: ${CONFIG_MAP}-[a-z0-9]{10}$`, 'm'));
    const production = render('overlays/production');
    expect(production).toMatch(/minReplicas: 3/);
    expect(production).toMatch(/host: api\.example\.com/);
    expect(production).toMatch(/image: registry\.example\.com\/msa-grok\/router:/);
  });
});
