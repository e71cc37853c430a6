/**
 * Writes the alert rules of alerts.yml as a PrometheusRule for the Prometheus Operator, so that Kubernetes
 * deploys the same rules docker compose loads and promtool tests:
 *
 *   npx tsx infrastructure/monitoring/generate-k8s.ts
 *
 * The component in this folder (kustomization.yaml) deploys it with the Grafana dashboards; the repository
 * test tests/repo/observability.test.ts fails when the committed file differs from this output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse, stringify } from 'yaml';

const MONITORING_DIR = dirname(fileURLToPath(import.meta.url));
export const PROMETHEUS_RULE_FILE = 'k8s/prometheus-rule.yaml';

export async function renderPrometheusRule(): Promise<string> {
  const { groups } = parse(readFileSync(join(MONITORING_DIR, 'alerts.yml'), 'utf8')) as { groups: unknown[] };
  const rule = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: {
      name: 'msa-alerts',
      labels: { 'app.kubernetes.io/part-of': 'msa-grok', role: 'alert-rules' },
    },
    spec: { groups },
  };
  const header =
    '# Generated from infrastructure/monitoring/alerts.yml by generate-k8s.ts: edit alerts.yml, then regenerate.\n';
  const target = join(MONITORING_DIR, PROMETHEUS_RULE_FILE);
  const prettier = await resolveConfig(target);
  return format(header + stringify(rule, { lineWidth: 0 }), { ...prettier, parser: 'yaml' });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(join(MONITORING_DIR, PROMETHEUS_RULE_FILE), await renderPrometheusRule());
  console.warn(`wrote infrastructure/monitoring/${PROMETHEUS_RULE_FILE}`);
}
