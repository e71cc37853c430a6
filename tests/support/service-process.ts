import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eventually } from './eventually';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServiceProcess {
  readonly child: ChildProcess;
  /** Resolves when the process has ended, with how it ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Stops it gracefully (SIGTERM) and waits for it to end; nothing when it already ended. */
  stop(): Promise<void>;
}

/**
 * Runs a subgraph as its own OS process from its src/index.ts, as `npm start` does, with the environment
 * given (on top of this process's), and waits until its /health answers, so a crash test can kill a real
 * process at a chosen point.
 */
export async function startServiceProcess(
  subgraph: string,
  env: Record<string, string>,
  port: number,
): Promise<ServiceProcess> {
  // SERVICE_PROCESS_LOG=<file> keeps the service's log lines when a crash test needs explaining.
  const logFile = process.env.SERVICE_PROCESS_LOG ? openSync(process.env.SERVICE_PROCESS_LOG, 'a') : 'ignore';
  // One process (node with tsx's loader), so a signal reaches the service itself and its exit reports it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: `${REPO_ROOT}subgraphs/${subgraph}`,
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', ...env, PORT: String(port) },
    stdio: ['ignore', logFile, 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  let ended = false;
  void exited.then(() => {
    ended = true;
  });
  const running: ServiceProcess = {
    child,
    exited,
    async stop() {
      if (ended) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
  const died = exited.then(({ code, signal }) => {
    throw new Error(`${subgraph} ended while starting (code ${code}, signal ${signal}): ${stderr}`);
  });
  try {
    await Promise.race([
      died,
      eventually(
        async () => {
          const response = await fetch(`http://127.0.0.1:${port}/health`);
          if (!response.ok) throw new Error(`${subgraph} /health answered ${response.status}`);
        },
        { timeoutMs: 60_000, intervalMs: 100 },
      ),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    died.catch(() => undefined);
  }
  return running;
}
