import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  createAccessTokenSigner,
  generateSigningKeyPem,
  signingKeyFromPem,
  type AccessTokenSigner,
  type Role,
} from '@msa/auth';
import { migrationsDirOf } from '@msa/prisma-toolkit/repo-paths';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from '@msa/testing';
import { SUBGRAPHS, subgraphUrlEnvVar } from '@msa/topology';
import { reservePort, type PortReservation } from './port-reservation';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type ServiceName = (typeof SUBGRAPHS)[number]['name'] | 'router';

/** Settings the run gives every service on top of the ones that wire the cluster together. */
export interface ClusterSettings {
  /** Redis key prefix of every queue, cache and limiter of the run; only keys under it are ever deleted. */
  prefix: string;
  /** Extra environment for every service (tighter deadlines than production's). */
  env: Record<string, string>;
  /** The subgraphs to run (all by default); the router serves the rest as unavailable. */
  subgraphs?: readonly string[];
  /** Extra node flags of a service's process (e.g. --cpu-prof for a benchmark's profile). */
  nodeArgs?: (name: ServiceName) => string[];
  /**
   * Run each service as its image does: compiled into `<service>/dist/index.mjs` by
   * infrastructure/docker/build-service.mjs and started with plain node in production mode. By default services
   * run from src/ with tsx in development mode, as `npm run dev` starts them.
   */
  compiled?: boolean;
}

interface ServiceSlot {
  name: ServiceName;
  port: number;
  child: ChildProcess | null;
  exited: Promise<unknown[]> | null;
  /** Set while the run itself ends the process (a fault or the final stop). */
  ending: boolean;
}

/**
 * The supergraph as separate OS processes, as `npm run dev` starts it (each service from its src/index.ts with
 * tsx, the router serving the composed supergraph file), on throwaway databases and a Redis key prefix of its
 * own, so a run (chaos, benchmarks) can SIGKILL any process and start it again on the same port and database.
 */
export class ServiceCluster {
  readonly databases: Record<string, TestDatabase> = {};
  readonly logDir = mkdtempSync(join(tmpdir(), 'msa-cluster-'));
  private readonly slots = new Map<ServiceName, ServiceSlot>();
  private signer!: AccessTokenSigner;
  private signingKeyPem = '';
  private metricsPort = 0;
  private stopping = false;
  /** Processes that ended without being killed, e.g. on an unhandled error; each was started again. */
  readonly crashes: string[] = [];
  /** When each service's current process was started (epoch ms). */
  readonly launchedAt = new Map<ServiceName, number>();

  /** Production mode refuses the published development secrets: a compiled run gets its own. */
  private readonly productionSecrets = {
    NODE_ENV: 'production',
    INTERNAL_SERVICE_SECRET: randomBytes(24).toString('hex'),
    PAYMENTS_WEBHOOK_SECRET: randomBytes(24).toString('hex'),
  };

  constructor(readonly settings: ClusterSettings) {}

  get routerUrl(): string {
    return `http://127.0.0.1:${this.portOf('router')}/graphql`;
  }

  private get subgraphs() {
    const wanted = this.settings.subgraphs;
    return SUBGRAPHS.filter((s) => !wanted || wanted.includes(s.name));
  }

  get names(): ServiceName[] {
    return [...this.slots.keys()];
  }

  portOf(name: ServiceName): number {
    const slot = this.slots.get(name);
    if (!slot) throw new Error(`${name} is not part of the cluster`);
    return slot.port;
  }

  /** Access tokens signed with the users service's key, so customers need no sign-in round trip. */
  mintToken(role: Role, userId: string = randomUUID()): Promise<string> {
    return this.signer.sign({ userId, role, kind: 'user' }, 3_600);
  }

  /** Creates the databases, then starts every subgraph, then the router; resolves when all answer /health. */
  async start(): Promise<void> {
    // Should this process end without stop() (a test runner's timeout), its services end with it.
    process.once('exit', () => {
      for (const slot of this.slots.values()) if (slot.child?.exitCode === null) slot.child.kill('SIGKILL');
    });
    if (this.settings.compiled)
      await Promise.all(
        [...this.subgraphs.map((s) => s.name), 'router' as const].map((name) => compileService(name)),
      );
    this.signingKeyPem = await generateSigningKeyPem();
    this.signer = createAccessTokenSigner(await signingKeyFromPem(this.signingKeyPem));
    await Promise.all(
      this.subgraphs
        .filter((s) => s.database)
        .map(async (s) => {
          this.databases[s.name] = await createTestDatabase(s.name, migrationsDirOf(s.name));
        }),
    );
    // Ports stay held until their service is about to listen (see port-reservation.ts).
    const holds = new Map<ServiceName, PortReservation>();
    for (const name of [...this.subgraphs.map((s) => s.name), 'router'] as ServiceName[]) {
      const hold = await reservePort();
      holds.set(name, hold);
      this.slots.set(name, { name, port: hold.port, child: null, exited: null, ending: false });
    }
    const metricsHold = await reservePort();
    this.metricsPort = metricsHold.port;
    await Promise.all(
      this.subgraphs.map(async (s) => {
        await holds.get(s.name)!.release();
        await this.launch(s.name);
      }),
    );
    await holds.get('router')!.release();
    await metricsHold.release();
    await this.launch('router');
  }

  /** SIGKILLs a service: no shutdown hook runs, in-flight work is lost as in a crash. */
  async kill(name: ServiceName): Promise<void> {
    const slot = this.slots.get(name)!;
    if (!slot.child || slot.child.exitCode !== null || slot.child.signalCode !== null) return;
    slot.ending = true;
    slot.child.kill('SIGKILL');
    await slot.exited;
  }

  /** Starts a service (again) on its port and database and waits until it answers /health. */
  async launch(name: ServiceName): Promise<void> {
    const slot = this.slots.get(name)!;
    const log = openSync(join(this.logDir, `${name}.log`), 'a');
    const cwd = name === 'router' ? join(REPO_ROOT, 'router') : join(REPO_ROOT, 'subgraphs', name);
    const nodeArgs = this.settings.nodeArgs?.(name) ?? [];
    const entry = this.settings.compiled
      ? ['--enable-source-maps', 'dist/index.mjs']
      : ['--import', 'tsx', 'src/index.ts'];
    const mode = this.settings.compiled ? this.productionSecrets : {};
    const child = spawn(process.execPath, [...nodeArgs, ...entry], {
      cwd,
      env: { ...process.env, ...this.environment(), ...mode, PORT: String(slot.port) },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    slot.child = child;
    this.launchedAt.set(name, Date.now());
    slot.ending = false;
    slot.exited = once(child, 'exit');
    // A crash is recorded and, as a process supervisor would, answered with a restart.
    void slot.exited.then(([code, signal]) => {
      if (slot.ending || this.stopping || slot.child !== child) return;
      this.crashes.push(`${name} crashed (${signal ?? `exit code ${code}`}) at ${new Date().toISOString()}`);
      void this.launch(name).catch(() => undefined);
    });
    await waitUntil(
      async () => {
        if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} while starting`);
        const response = await fetch(`http://127.0.0.1:${slot.port}/health`);
        return response.ok;
      },
      { timeoutMs: 600_000, what: `${name} to answer /health` },
    );
  }

  /** Stops every process, drops the run's databases and deletes its Redis keys. */
  async stop({ keepLogs = false } = {}): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.slots.values()].map(async (slot) => {
        if (!slot.child || slot.child.exitCode !== null || slot.child.signalCode !== null) return;
        slot.child.kill('SIGTERM');
        const ended = await Promise.race([slot.exited, sleep(10_000).then(() => 'late')]);
        if (ended === 'late') {
          slot.child.kill('SIGKILL');
          await slot.exited;
        }
      }),
    );
    await Promise.all(Object.values(this.databases).map((db) => db.drop()));
    if (!keepLogs) rmSync(this.logDir, { recursive: true, force: true });
  }

  private environment(): Record<string, string> {
    const { prefix } = this.settings;
    const baseUrl = (name: ServiceName) => `http://127.0.0.1:${this.portOf(name)}`;
    const env: Record<string, string> = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      APOLLO_TELEMETRY_DISABLED: '1',
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      CART_KEY_PREFIX: `${prefix}:cart:`,
      RATE_LIMIT_KEY_PREFIX: `${prefix}:router:rl:`,
      APQ_KEY_PREFIX: `${prefix}:router:apq:`,
      JWT_PRIVATE_KEY: this.signingKeyPem,
      JWKS_URL: `${baseUrl('users')}/.well-known/jwks.json`,
      USERS_URL: baseUrl('users'),
      ROUTER_URL: this.routerUrl,
      PUBLIC_BASE_URL: baseUrl('router'),
      MEDIA_DIR: join(this.logDir, 'media'),
      SUPERGRAPH_MODE: 'file',
      METRICS_PORT: String(this.metricsPort),
      TRUSTED_PROXIES: 'loopback',
      ...this.settings.env,
    };
    for (const s of SUBGRAPHS) {
      // A subgraph left out of the run is unreachable: port 9 (discard) never answers HTTP.
      env[subgraphUrlEnvVar(s.name)] = this.slots.has(s.name)
        ? `${baseUrl(s.name)}/graphql`
        : 'http://127.0.0.1:9/graphql';
      const db = this.databases[s.name];
      if (db) env[`${s.name.toUpperCase()}_DATABASE_URL`] = db.url;
    }
    return env;
  }
}

/** Compiles a service the way its image is built (see infrastructure/docker/build-service.mjs). */
async function compileService(name: ServiceName): Promise<void> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'infrastructure/docker/build-service.mjs'), name], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`compiling ${name} failed (exit code ${code}): ${errors}`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true; throws after the timeout with the last error, naming what it waited for. */
export async function waitUntil(
  check: () => Promise<boolean>,
  { timeoutMs, intervalMs = 200, what }: { timeoutMs: number; intervalMs?: number; what: string },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      last = (error as Error).message;
      if (/exited with/.test(last)) throw error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${last})` : ''}`);
    await sleep(intervalMs);
  }
}
