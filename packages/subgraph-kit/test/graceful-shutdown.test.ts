import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const FIXTURE = fileURLToPath(new URL('./fixtures/span-before-shutdown.ts', import.meta.url));
const SERVER_FIXTURE = fileURLToPath(new URL('./fixtures/server-until-sigterm.ts', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

interface ExportedTraces {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { spans: { name: string }[] }[];
  }[];
}

/** An OTLP/HTTP (JSON) trace receiver in this process: what the collector would have received. */
async function startReceiver(): Promise<{ server: Server; endpoint: string; received: ExportedTraces[] }> {
  const received: ExportedTraces[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/v1/traces') received.push(JSON.parse(body) as ExportedTraces);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
afterEach(() => {
  receiver?.server.close();
  receiver = undefined;
});

interface ReadyProcess {
  /** Sends SIGTERM and resolves with how the process ended and everything it printed. */
  terminate(): Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
}

/**
 * Starts a fixture as its own process, outside the test runner's environment (so the kit behaves as in a
 * deployed service), and resolves once it printed `ready`.
 */
async function startFixture(fixture: string, extraEnv: Record<string, string>): Promise<ReadyProcess> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
    cwd: PACKAGE_DIR,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('ready\n')) resolve();
    });
    void exited.then(() => reject(new Error(`the process ended before it was ready: ${stderr}`)));
  });
  return {
    async terminate() {
      child.kill('SIGTERM');
      const [code, signal] = await exited;
      return { code, signal, stdout, stderr };
    },
  };
}

describe('graceful shutdown', () => {
  it(
    'exports the spans still buffered before the process exits on SIGTERM',
    { timeout: 90_000 },
    async () => {
      receiver = await startReceiver();
      const fixture = await startFixture(FIXTURE, {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_TRACES_SAMPLER: 'always_on',
        // The batch would wait ten minutes: only the shutdown's flush can export the span in time.
        OTEL_BSP_SCHEDULE_DELAY: '600000',
      });
      expect(receiver.received).toEqual([]);

      const { code, stderr } = await fixture.terminate();

      expect(code, stderr).toBe(0);
      const spans = receiver.received.flatMap((request) =>
        request.resourceSpans.flatMap((resource) =>
          resource.scopeSpans.flatMap((scope) =>
            scope.spans.map((span) => ({
              name: span.name,
              service: resource.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue,
            })),
          ),
        ),
      );
      expect(spans).toContainEqual({ name: 'recorded just before shutdown', service: 'subgraph-kit' });
    },
  );

  it('runs every stop step of a server to its end and exits 0 on SIGTERM', { timeout: 90_000 }, async () => {
    // As deployed: Apollo Server installs its own signal handlers unless NODE_ENV is 'test'.
    const fixture = await startFixture(SERVER_FIXTURE, { NODE_ENV: 'production' });

    const { code, signal, stdout, stderr } = await fixture.terminate();

    expect({ code, signal, stopped: stdout.includes('stopped\n') }, stderr).toEqual({
      code: 0,
      signal: null,
      stopped: true,
    });
  });
});
