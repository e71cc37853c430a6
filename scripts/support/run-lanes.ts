import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A command of a check, run with Node from the repository root. */
export interface Check {
  name: string;
  /** The Node script to run (a package's bin file) and its arguments. */
  script: string;
  args: string[];
}

/** Runs one check; resolves with whether it passed, after printing what it said and how long it took. */
function run(check: Check): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [check.script, ...check.args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.error(`${check.name}: ${code === 0 ? 'ok' : 'failed'} (${seconds} s)`);
      if (output.trim()) console.error(output.trimEnd());
      resolve(code === 0);
    });
  });
}

/**
 * Runs the lanes side by side (the machines we run on have two cores) and each lane's checks one after
 * another; every check runs even when another failed. Sets the exit code to 1 when any check failed.
 */
export async function runLanes(lanes: Check[][]): Promise<void> {
  const results = await Promise.all(
    lanes.map(async (lane) => {
      let passed = true;
      for (const check of lane) passed = (await run(check)) && passed;
      return passed;
    }),
  );
  process.exitCode = results.every(Boolean) ? 0 : 1;
}
