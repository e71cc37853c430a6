import { spawn, type ChildProcess } from 'node:child_process';

const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

const COLORS = [36, 32, 33, 35, 34, 96, 92, 93, 95, 94, 91, 37];

/** Formats one pino JSON line as `[name] level message`, passing other output through. */
function formatLine(name: string, color: number, line: string): string {
  const tag = `\x1b[${color}m[${name}]\x1b[0m`;
  try {
    // Elastic Common Schema lines (the services' logs), or plain pino lines.
    const entry = JSON.parse(line) as {
      level?: number;
      'log.level'?: string;
      msg?: string;
      message?: string;
      err?: { message?: string };
      error?: { message?: string };
    };
    const levelName = entry['log.level'];
    const level = levelName ? (LEVELS[levelName] ?? 30) : (entry.level ?? 30);
    const label = level >= 50 ? '\x1b[31merror\x1b[0m' : level >= 40 ? '\x1b[33mwarn\x1b[0m' : 'info';
    const error = entry.err?.message ?? entry.error?.message;
    return `${tag} ${label} ${entry.message ?? entry.msg ?? ''}${error ? ` — ${error}` : ''}`;
  } catch {
    return `${tag} ${line}`;
  }
}

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
}

const running: ManagedProcess[] = [];

/** Starts a long-running child with prefixed, readable output; info logs are shown only when verbose. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; verbose: boolean },
): ManagedProcess {
  const color = COLORS[running.length % COLORS.length]!;
  // Its own process group, so stopping it also stops what npm/npx started beneath it.
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      const formatted = formatLine(name, color, line);
      if (options.verbose || !formatted.includes(' info ') || /ready|listening/i.test(formatted))
        process.stdout.write(`${formatted}\n`);
    }
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  child.on('exit', (code, signal) => {
    if (!shuttingDown) process.stdout.write(`${formatLine(name, color, `exited (${signal ?? code})`)}\n`);
  });
  const managed = { name, child };
  running.push(managed);
  return managed;
}

let shuttingDown = false;

export function stopAll(): void {
  shuttingDown = true;
  for (const { child } of running) {
    if (child.pid === undefined || child.exitCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
}

/** Runs a command to completion, inheriting output; rejects on a non-zero exit. */
export function runStep(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}
