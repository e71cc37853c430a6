/** One line per step with elapsed time, so long database commands never look stuck. */
export function createProgress(title: string, total: number) {
  const started = Date.now();
  let done = 0;
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`${title}: ${total} step(s)`);
  return {
    log,
    step(label: string) {
      done += 1;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      log(`  [${done}/${total}] ${label} (${seconds}s)`);
    },
    finish() {
      log(`${title}: done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    },
  };
}
