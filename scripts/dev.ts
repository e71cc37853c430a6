import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTER_PORT, SUBGRAPHS } from '@msa/topology';
import { seedDemoStock } from './dev/demo-stock';
import { checkBackingServices } from './dev/preflight';
import { runStep, startProcess, stopAll } from './dev/processes';
import { waitForHealthy } from './dev/wait-for';

/**
 * `npm run dev`: prepares the databases and demo data, starts every subgraph, the router and the two web apps,
 * and prints where everything is. `--no-watch` runs without file watching; `--no-web` skips the Next.js apps.
 */
const ROOT = join(import.meta.dirname, '..');
const flags = new Set(process.argv.slice(2));
const verbose = flags.has('--verbose');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  APOLLO_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  CHECKPOINT_DISABLE: '1',
};

async function main() {
  process.on('SIGINT', () => {
    stopAll();
    process.exit(0);
  });
  process.on('SIGTERM', () => {
    stopAll();
    process.exit(0);
  });

  await checkBackingServices(env);
  console.log('» generating Prisma clients');
  await runStep('npm', ['run', 'generate', '--silent'], { cwd: ROOT, env });
  console.log('» migrating databases');
  await runStep('npm', ['run', 'db:migrate', '--silent'], { cwd: ROOT, env });
  console.log('» seeding demo data');
  await runStep('npm', ['run', 'db:seed', '--silent'], { cwd: ROOT, env });

  // The tracing preload does nothing unless OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_TRACES_EXPORTER) is set.
  const preload = ['--import', '@msa/telemetry/register'];
  const runner = flags.has('--no-watch')
    ? ['tsx', ...preload, 'src/index.ts']
    : ['tsx', 'watch', '--clear-screen=false', ...preload, 'src/index.ts'];
  const subgraphs = SUBGRAPHS.filter((s) => existsSync(join(ROOT, 'subgraphs', s.name, 'src', 'index.ts')));
  console.log(`» starting ${subgraphs.length} subgraphs`);
  for (const subgraph of subgraphs) {
    startProcess(subgraph.name, 'npx', runner, { cwd: join(ROOT, 'subgraphs', subgraph.name), env, verbose });
  }
  await Promise.all(subgraphs.map((s) => waitForHealthy(`http://localhost:${s.port}/health`)));

  console.log('» starting the router');
  startProcess('router', 'npx', runner, { cwd: join(ROOT, 'router'), env, verbose });
  const routerUrl = `http://localhost:${ROUTER_PORT}/graphql`;
  await waitForHealthy(`http://localhost:${ROUTER_PORT}/health`);
  const healthyAfter = elapsed();

  if (subgraphs.some((s) => s.name === 'inventory')) {
    const stocked = await seedDemoStock(
      routerUrl,
      'admin@example.com',
      env.DEMO_ADMIN_PASSWORD ?? 'admin-dev-password',
    );
    console.log(`» demo stock: ${stocked} variant(s) stocked`);
  }

  const apps = flags.has('--no-web')
    ? []
    : (['web', 'admin'] as const).filter((app) => existsSync(join(ROOT, app, 'src', 'app')));
  for (const app of apps) {
    startProcess(app, 'npm', ['run', flags.has('--no-watch') ? 'start' : 'dev'], {
      cwd: join(ROOT, app),
      env,
      verbose,
    });
  }

  console.log(`
MSA-Grok Commerce is running (router healthy after ${healthyAfter})

  GraphQL router + Apollo Sandbox   ${routerUrl}
  Router health / subgraphs         http://localhost:${ROUTER_PORT}/health   http://localhost:${ROUTER_PORT}/health/subgraphs
  Router metrics (internal port)    http://localhost:9400/metrics
${subgraphs.map((s) => `  ${s.name.padEnd(32)}  http://localhost:${s.port}/graphql`).join('\n')}
${apps.includes('web') ? '  Storefront                        http://localhost:3000\n' : ''}${apps.includes('admin') ? '  Admin dashboard                   http://localhost:3001\n' : ''}
  Demo admin     admin@example.com / ${env.DEMO_ADMIN_PASSWORD ? '(DEMO_ADMIN_PASSWORD)' : 'admin-dev-password'}
  Demo customer  customer@example.com / ${env.DEMO_CUSTOMER_PASSWORD ? '(DEMO_CUSTOMER_PASSWORD)' : 'customer-dev-password'}

Press Ctrl+C to stop.`);
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  stopAll();
  process.exit(1);
});
