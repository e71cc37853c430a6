import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** How long a server may take to stop after SIGINT before it is killed. */
const STOP_GRACE_MS = 20_000;

/** Kernel clock ticks per second for /proc/<pid>/stat CPU times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS_PER_SECOND = 100;

export interface ChildServer {
  url: string;
  pid: number;
  /** User + system CPU time the process has used so far, in milliseconds. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** CPU time of a process from /proc (Linux), so a server's own CPU is measured apart from the load loop's. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name: utime is field 14, stime 15 (1-based).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/**
 * Starts `script` (a TypeScript file run with tsx, or compiled JavaScript (.mjs/.js) run by plain node) in its own process with `env`, and waits
 * for the line `READY <url>` it prints when it listens. Extra node flags (e.g. --cpu-prof) go in `nodeArgs`.
 */
export async function startChildServer(
  script: string | URL,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<ChildServer> {
  const path = typeof script === 'string' ? script : fileURLToPath(script);
  const loader = /\.m?js$/.test(path) ? [] : ['--import', 'tsx'];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...loader, path], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) resolve(line.slice('READY '.length).trim());
    });
    child.once('exit', (code) => reject(new Error(`${path} exited with ${code} before it was ready`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    pid: child.pid!,
    cpuMs: () => processCpuMs(child.pid!),
    async stop() {
      // SIGINT lets node write a --cpu-prof profile on its way out; a server whose stop hangs is killed.
      child.kill('SIGINT');
      const killLater = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(killLater);
    },
  };
}
