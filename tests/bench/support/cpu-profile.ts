import { readFileSync } from 'node:fs';

/** The parts of a V8 .cpuprofile (node --cpu-prof) read here. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by function, most first. */
  functions: { name: string; ms: number }[];
  /** Self time by where the code lives (an npm package, node internals, the project's own files), most first. */
  areas: { name: string; ms: number }[];
}

/** `pkg` or `@scope/pkg` of the last node_modules in a script URL; `(node)`, `(gc)` and `project` otherwise. */
function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return '(node)';
  const at = url.lastIndexOf('/node_modules/');
  if (at < 0) return 'project';
  const [first, second] = url.slice(at + '/node_modules/'.length).split('/');
  return first?.startsWith('@') ? `${first}/${second}` : (first ?? url);
}

/**
 * Self time of a profile's samples, by function and by area (idle time left out), leaving out the first
 * `skipMs` of the profile (start-up and warm-up).
 */
export function summarizeCpuProfile(path: string, skipMs = 0, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at - profile.startTime >= skipMs * 1000) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const functions = new Map<string, number>();
  const areas = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    total += us;
    const file = frame.url.slice(frame.url.lastIndexOf('/') + 1);
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1} [${areaOf(frame.url, frame.functionName)}]`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    const area = areaOf(frame.url, frame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
  }
  const sorted = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000 }));
  return { totalMs: total / 1000, functions: sorted(functions), areas: sorted(areas) };
}

/** Prints a summary as shares of the profile's busy time. */
export function printProfileSummary(label: string, summary: ProfileSummary, top = 25): void {
  const share = (ms: number) => `${((ms / summary.totalMs) * 100).toFixed(1).padStart(5)} %`;
  console.log(`\n${label}: ${summary.totalMs.toFixed(0)} ms busy`);
  console.log('  by area:');
  for (const area of summary.areas.slice(0, top)) console.log(`    ${share(area.ms)}  ${area.name}`);
  console.log('  by function (self time):');
  for (const fn of summary.functions.slice(0, top)) console.log(`    ${share(fn.ms)}  ${fn.name}`);
}
