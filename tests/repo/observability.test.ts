import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { PROMETHEUS_RULE_FILE, renderPrometheusRule } from '../../infrastructure/monitoring/generate-k8s';
import { listRepoFiles, readRepoFile, readYaml, repoPath } from './support/repo-files';

/**
 * The observability configuration stays true to the code: every metric a Grafana dashboard or a Prometheus
 * alert reads is one the services export, the alert rules pass their promtool unit tests, and the compose
 * and Kubernetes additions render.
 */

const DASHBOARDS = 'infrastructure/monitoring/grafana/dashboards';
const ALERTS = 'infrastructure/monitoring/alerts.yml';

interface Dashboard {
  uid: string;
  panels: { datasource?: { uid: string }; targets?: { expr: string }[] }[];
  templating?: { list: { definition?: string }[] };
}

/** Prometheus itself (`up`) and prom-client's collectDefaultMetrics (process_*, nodejs_*) need no code of ours. */
const BUILT_IN = /^(up|process_[a-z_]+|nodejs_[a-z_]+)$/;
const PROMQL_WORDS = new Set([
  'and',
  'or',
  'unless',
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'offset',
  'bool',
  'inf',
  'nan',
]);

/** Metric names an expression reads: identifiers that are not functions, keywords, labels or durations. */
function metricsOf(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""') // strings (label values)
    .replace(/\{[^}]*\}/g, '') // label matchers
    .replace(/\[[^\]]*\]/g, '') // ranges
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '') // label lists
    .replace(/\$\w+/g, ''); // Grafana variables
  const names = [...bare.matchAll(/\b([a-zA-Z_:][a-zA-Z0-9_:]*)\b(?!\s*\()/g)].map((m) => m[1]!);
  return [...new Set(names.filter((name) => !PROMQL_WORDS.has(name.toLowerCase()) && !/^\d/.test(name)))];
}

/** Names given to prom-client metrics anywhere in the services' and packages' sources. */
function exportedMetrics(): Set<string> {
  const sources = ['packages', 'router', 'subgraphs']
    .flatMap((folder) => listRepoFiles(folder, (name) => name.endsWith('.ts')))
    .filter((path) => path.includes('/src/'));
  const names = new Set<string>();
  for (const file of sources) {
    const text = readRepoFile(file);
    if (!text.includes('prom-client')) continue;
    for (const match of text.matchAll(/\bname:\s*'([a-z_:][a-z0-9_:]*)'/g)) names.add(match[1]!);
  }
  return names;
}

function isExported(metric: string, exported: Set<string>): boolean {
  if (BUILT_IN.test(metric) || exported.has(metric)) return true;
  const histogramBase = metric.replace(/_(bucket|count|sum)$/, '');
  return histogramBase !== metric && exported.has(histogramBase);
}

function dashboards(): [string, Dashboard][] {
  return listRepoFiles(DASHBOARDS, (path) => path.endsWith('.json')).map((file) => [
    file,
    JSON.parse(readRepoFile(file)) as Dashboard,
  ]);
}

function alertExprs(): [string, string][] {
  const rules = readYaml<{ groups: { rules: { alert: string; expr: string }[] }[] }>(ALERTS);
  return rules.groups.flatMap((group) =>
    group.rules.map((rule) => [rule.alert, rule.expr] as [string, string]),
  );
}

function commandAvailable(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('observability configuration', () => {
  const exported = exportedMetrics();

  it('reads metric names out of PromQL', () => {
    expect(
      metricsOf(
        'histogram_quantile(0.99, sum by (service, le) (rate(graphql_operation_duration_seconds_bucket{service=~"$service"}[5m]))) > 1 and up offset 5m',
      ).sort(),
    ).toEqual(['graphql_operation_duration_seconds_bucket', 'up']);
  });

  it('finds the metrics the code exports', () => {
    for (const name of [
      'http_requests_total',
      'msa_queue_jobs',
      'msa_outbox_lag_seconds',
      'msa_orders_placed_total',
    ])
      expect(exported, name).toContain(name);
  });

  it('draws every dashboard panel from metrics the services export', () => {
    const all = dashboards();
    expect(all.map(([file]) => file)).toEqual(
      expect.arrayContaining(
        ['msa-red.json', 'msa-saga-queues.json', 'msa-business.json'].map((f) => `${DASHBOARDS}/${f}`),
      ),
    );
    expect(new Set(all.map(([, d]) => d.uid)).size).toBe(all.length);
    for (const [file, dashboard] of all) {
      const exprs = [
        ...dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr)),
        ...(dashboard.templating?.list ?? []).flatMap((v) =>
          v.definition ? [v.definition.replace(/^label_values\(([^,]+),.*$/, '$1')] : [],
        ),
      ];
      expect(exprs.length, file).toBeGreaterThan(0);
      for (const expr of exprs)
        for (const metric of metricsOf(expr))
          expect(isExported(metric, exported), `${file}: ${metric} in ${expr}`).toBe(true);
      for (const panel of dashboard.panels)
        if (panel.datasource) expect(['prometheus', 'jaeger']).toContain(panel.datasource.uid);
    }
  });

  it('alerts only on metrics the services export', () => {
    const alerts = alertExprs();
    expect(alerts.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'ServiceDown',
        'GraphQLErrorRatioHigh',
        'GraphQLLatencyP99High',
        'OutboxLagHigh',
        'OutboxRedriven',
        'DeadLettersGrowing',
        'SagaStepStuck',
        'PaymentDeclinesSpike',
      ]),
    );
    for (const [alert, expr] of alerts)
      for (const metric of metricsOf(expr))
        expect(isExported(metric, exported), `${alert}: ${metric}`).toBe(true);
  });

  it('passes the alert rules unit tests (promtool test rules)', (ctx) => {
    if (!commandAvailable('promtool', ['--version']))
      ctx.skip('promtool is not installed (Debian package "prometheus")');
    const output = execFileSync(
      'promtool',
      ['test', 'rules', repoPath('infrastructure/monitoring/alerts.test.yml')],
      {
        encoding: 'utf8',
      },
    );
    expect(output).toContain('SUCCESS');
  });

  it('renders docker-compose.observability.yml on top of docker-compose.yml', (ctx) => {
    if (!commandAvailable('docker-compose', ['version']))
      ctx.skip('docker-compose is not installed (Debian package "docker-compose")');
    // Compose v1 refuses the v2-only top-level `name:` of the main file; everything else is checked.
    const dir = mkdtempSync(join(tmpdir(), 'msa-compose-'));
    try {
      const main = join(dir, 'docker-compose.yml');
      writeFileSync(main, readRepoFile('docker-compose.yml').replace(/^name: .*$/m, ''));
      execFileSync(
        'docker-compose',
        [
          '--project-directory',
          repoPath(),
          '-f',
          main,
          '-f',
          repoPath('docker-compose.observability.yml'),
          'config',
          '-q',
        ],
        { stdio: 'pipe' },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('renders the Kubernetes observability overlay with tracing turned on for every service', (ctx) => {
    if (!commandAvailable('kubectl', ['version', '--client']))
      ctx.skip('kubectl is not installed (Debian package "kubectl")');
    const rendered = execFileSync(
      'kubectl',
      ['kustomize', repoPath('infrastructure/observability-overlay')],
      {
        encoding: 'utf8',
      },
    );
    for (const kind of ['DaemonSet', 'StatefulSet', 'Job']) expect(rendered).toContain(`kind: ${kind}`);
    for (const name of ['otel-collector', 'jaeger', 'logs-elasticsearch', 'kibana', 'filebeat'])
      expect(rendered).toContain(`name: ${name}`);
    expect(rendered).toMatch(/OTEL_EXPORTER_OTLP_ENDPOINT: http:\/\/otel-collector:4318/);
    expect(rendered).toMatch(/NODE_OPTIONS: --import @msa\/telemetry\/register/);
  });

  it('keeps the Kubernetes PrometheusRule equal to alerts.yml', async () => {
    expect(
      readRepoFile(`infrastructure/monitoring/${PROMETHEUS_RULE_FILE}`),
      'stale: run npx tsx infrastructure/monitoring/generate-k8s.ts',
    ).toBe(await renderPrometheusRule());
  });

  it('deploys every dashboard and the alert rules with the Kubernetes observability overlay', (ctx) => {
    if (!commandAvailable('kubectl', ['version', '--client']))
      ctx.skip('kubectl is not installed (Debian package "kubectl")');
    const objects = parseAllDocuments(
      execFileSync('kubectl', ['kustomize', repoPath('infrastructure/observability-overlay')], {
        encoding: 'utf8',
      }),
    ).map(
      (doc) =>
        doc.toJS() as {
          kind: string;
          metadata: { name: string; namespace?: string; labels?: Record<string, string> };
          data?: Record<string, string>;
          spec?: unknown;
        },
    );
    const clusterScoped = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding']);
    for (const object of objects.filter((o) => !clusterScoped.has(o.kind)))
      expect(object.metadata.namespace, `${object.kind} ${object.metadata.name}`).toBe('msa-grok');

    const dashboardMaps = objects.filter(
      (o) => o.kind === 'ConfigMap' && o.metadata.labels?.grafana_dashboard === '1',
    );
    const deployed = Object.fromEntries(dashboardMaps.flatMap((map) => Object.entries(map.data ?? {})));
    const files = dashboards();
    expect(Object.keys(deployed).sort()).toEqual(files.map(([file]) => file.split('/').pop()).sort());
    for (const [file, dashboard] of files)
      expect(JSON.parse(deployed[file.split('/').pop()!]!)).toEqual(dashboard);

    const rules = objects.filter((o) => o.kind === 'PrometheusRule');
    expect(rules).toHaveLength(1);
    expect(rules[0]!.spec).toEqual({ groups: readYaml<{ groups: unknown[] }>(ALERTS).groups });
  });
});
