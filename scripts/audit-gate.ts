/**
 * The dependency audit gate of CI: runs `npm audit --omit=dev --audit-level=high --json` and fails on any
 * high or critical advisory of a production dependency that `.audit-allowlist.json` does not list with a
 * reason and a review date. When the audit service cannot be reached (offline, or a registry mirror without
 * the audit endpoint answers 405), it prints a warning saying so and passes: nothing was checked, and the
 * log says that plainly instead of looking green.
 *
 *   npx tsx scripts/audit-gate.ts                  (exit 1 on findings, 0 when clean or unreachable)
 *
 * tests/security/audit-gate.test.ts checks the parsing and allowlist rules against recorded reports.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const GATED_SEVERITIES = new Set(['high', 'critical']);
/** An allowlist entry must be reviewed again after this many days, or it stops excusing anything. */
export const REVIEW_VALID_DAYS = 180;

export interface Advisory {
  /** npm's advisory number (`source` in the report). */
  id: number | null;
  url: string;
  title: string;
  packageName: string;
  severity: string;
  range: string;
}

export interface AllowlistEntry {
  /** The advisory URL (https://github.com/advisories/GHSA-…) or npm's advisory number. */
  advisory: string | number;
  package: string;
  reason: string;
  /** ISO date (YYYY-MM-DD) of the last review. */
  reviewedAt: string;
  reviewedBy?: string;
}

export type AuditReading =
  | { kind: 'report'; advisories: Advisory[] }
  | { kind: 'unreachable'; detail: string }
  | { kind: 'broken'; detail: string };

export interface GateResult {
  ok: boolean;
  lines: string[];
}

type Json = Record<string, unknown>;

const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ECONNABORTED',
  'ERR_SOCKET_TIMEOUT',
]);

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads what `npm audit --json` printed: a report, the audit service being out of reach, or anything else. */
export function readAuditOutput(stdout: string): AuditReading {
  let body: unknown;
  try {
    body = JSON.parse(stdout);
  } catch {
    return { kind: 'broken', detail: `npm audit printed no JSON: ${stdout.slice(0, 200) || '(nothing)'}` };
  }
  if (!isObject(body)) return { kind: 'broken', detail: 'npm audit printed JSON that is not an object' };
  if (isObject(body.vulnerabilities))
    return { kind: 'report', advisories: advisoriesOf(body.vulnerabilities) };

  const error = isObject(body.error) ? body.error : {};
  const code = String(body.code ?? error.code ?? '');
  const status = Number(body.statusCode ?? 0);
  const message = String(body.message ?? error.summary ?? '');
  const uri = String(body.uri ?? '');
  // The registry (or a mirror of it) answered, but not with an audit: no advisory data is available.
  if (status >= 400 && /\/-\/npm\/v1\/security\//.test(uri))
    return { kind: 'unreachable', detail: `the audit endpoint answered ${status} (${message || uri})` };
  if (NETWORK_CODES.has(code)) return { kind: 'unreachable', detail: `${code}: ${message}` };
  return {
    kind: 'broken',
    detail: `npm audit failed without a report: ${code || status || ''} ${message}`.trim(),
  };
}

function advisoriesOf(vulnerabilities: Json): Advisory[] {
  const found = new Map<string, Advisory>();
  for (const [name, entry] of Object.entries(vulnerabilities)) {
    if (!isObject(entry) || !Array.isArray(entry.via)) continue;
    // `via` holds advisories of this package itself (objects) and names of vulnerable dependencies
    // (strings), whose own entries carry those advisories; each advisory is counted once.
    for (const via of entry.via) {
      if (!isObject(via)) continue;
      const advisory: Advisory = {
        id: typeof via.source === 'number' ? via.source : null,
        url: String(via.url ?? ''),
        title: String(via.title ?? ''),
        packageName: String(via.name ?? name),
        severity: String(via.severity ?? entry.severity ?? 'unknown'),
        range: String(via.range ?? entry.range ?? ''),
      };
      found.set(`${advisory.packageName}|${advisory.url || advisory.id}`, advisory);
    }
  }
  return [...found.values()].sort((a, b) => a.packageName.localeCompare(b.packageName));
}

/** The entries of `.audit-allowlist.json` (an object with an explanation and `entries`). */
export function allowlistEntries(file: unknown): unknown {
  return isObject(file) ? file.entries : file;
}

/** Problems of the allowlist itself: each entry needs an advisory, a package, a reason and a recent review. */
export function allowlistProblems(entries: unknown, today: Date): string[] {
  if (!Array.isArray(entries)) return ['the allowlist must be a JSON array of entries'];
  return entries.flatMap((entry, index) => {
    const at = `allowlist entry ${index + 1}`;
    if (!isObject(entry)) return [`${at} is not an object`];
    const problems: string[] = [];
    if (typeof entry.advisory !== 'number' && !(typeof entry.advisory === 'string' && entry.advisory))
      problems.push(`${at} names no advisory (URL or npm advisory number)`);
    if (typeof entry.package !== 'string' || !entry.package) problems.push(`${at} names no package`);
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 10)
      problems.push(`${at} gives no reason why the advisory does not affect us`);
    const reviewed = typeof entry.reviewedAt === 'string' ? Date.parse(entry.reviewedAt) : NaN;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(entry.reviewedAt)) || Number.isNaN(reviewed))
      problems.push(`${at} has no review date (YYYY-MM-DD)`);
    else if (today.getTime() - reviewed > REVIEW_VALID_DAYS * 86_400_000)
      problems.push(
        `${at} was last reviewed ${entry.reviewedAt}; review it again (every ${REVIEW_VALID_DAYS} days)`,
      );
    else if (reviewed - today.getTime() > 86_400_000)
      problems.push(`${at} has a review date in the future (${entry.reviewedAt})`);
    return problems;
  });
}

function allows(entry: AllowlistEntry, advisory: Advisory): boolean {
  if (entry.package !== advisory.packageName) return false;
  if (typeof entry.advisory === 'number') return entry.advisory === advisory.id;
  return entry.advisory === advisory.url || entry.advisory === String(advisory.id);
}

/** The verdict on one audit run against the allowlist, with the lines to print. */
export function judgeAudit(reading: AuditReading, allowlist: unknown, today: Date): GateResult {
  const listProblems = allowlistProblems(allowlist, today);
  if (listProblems.length) return { ok: false, lines: listProblems.map((p) => `audit gate: ${p}`) };
  const entries = allowlist as AllowlistEntry[];

  if (reading.kind === 'unreachable')
    return {
      ok: true,
      lines: [
        `audit gate: WARNING the npm audit service could not be reached (${reading.detail}); dependencies were NOT audited in this run.`,
      ],
    };
  if (reading.kind === 'broken') return { ok: false, lines: [`audit gate: ${reading.detail}`] };

  const gated = reading.advisories.filter((a) => GATED_SEVERITIES.has(a.severity));
  const excused = gated.filter((a) => entries.some((entry) => allows(entry, a)));
  const blocking = gated.filter((a) => !excused.includes(a));
  const lines = [
    ...blocking.map(
      (a) => `audit gate: ${a.severity.toUpperCase()} ${a.packageName} ${a.range}: ${a.title} ${a.url}`,
    ),
    ...excused.map((a) => `audit gate: allowlisted ${a.severity} ${a.packageName}: ${a.url || a.id}`),
    ...entries
      .filter((entry) => !reading.advisories.some((a) => allows(entry, a)))
      .map(
        (entry) =>
          `audit gate: allowlist entry for ${entry.package} (${entry.advisory}) no longer matches; remove it`,
      ),
  ];
  lines.push(
    `audit gate: ${reading.advisories.length} advisories, ${gated.length} high or critical, ${excused.length} allowlisted, ${blocking.length} blocking`,
  );
  return { ok: blocking.length === 0, lines };
}

function main(): void {
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
  const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (audit.error) {
    console.log(`audit gate: could not run npm audit: ${audit.error.message}`);
    process.exit(1);
  }
  let allowlist: unknown;
  try {
    allowlist = allowlistEntries(JSON.parse(readFileSync(join(root, '.audit-allowlist.json'), 'utf8')));
  } catch (error) {
    console.log(`audit gate: .audit-allowlist.json cannot be read: ${(error as Error).message}`);
    process.exit(1);
  }
  const result = judgeAudit(readAuditOutput(audit.stdout), allowlist, new Date());
  for (const line of result.lines) console.log(line);
  process.exit(result.ok ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
