import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowlistEntries, judgeAudit, readAuditOutput, type AllowlistEntry } from '../../scripts/audit-gate';

const recorded = (name: string) =>
  readFileSync(new URL(`./fixtures/npm-audit/${name}.json`, import.meta.url), 'utf8');
const TODAY = new Date('2026-12-06T12:00:00Z');
const ALLOW_EXPRESS_CHAIN: AllowlistEntry = {
  advisory: 'https://github.com/advisories/GHSA-9wv6-86v2-598j',
  package: 'path-to-regexp',
  reason: 'Only the dev server uses express; no route pattern comes from user input.',
  reviewedAt: '2026-11-30',
};

describe('dependency audit gate', () => {
  it('reads every advisory of a report once, with its own package and severity', () => {
    const reading = readAuditOutput(recorded('findings'));
    expect(reading.kind).toBe('report');
    if (reading.kind !== 'report') return;
    expect(reading.advisories.map((a) => [a.packageName, a.severity, a.id])).toEqual([
      ['nodemailer', 'high', 1102283],
      ['nodemailer', 'moderate', 1100001],
      ['path-to-regexp', 'critical', 1101850],
    ]);
  });

  it('fails on high and critical advisories that are not allowlisted, and passes a clean report', () => {
    const findings = judgeAudit(readAuditOutput(recorded('findings')), [], TODAY);
    expect(findings.ok).toBe(false);
    expect(findings.lines.filter((line) => /: (HIGH|CRITICAL) /.test(line))).toHaveLength(2);
    expect(findings.lines.at(-1)).toBe(
      'audit gate: 3 advisories, 2 high or critical, 0 allowlisted, 2 blocking',
    );
    const clean = judgeAudit(readAuditOutput(recorded('clean')), [], TODAY);
    expect(clean).toEqual({
      ok: true,
      lines: ['audit gate: 0 advisories, 0 high or critical, 0 allowlisted, 0 blocking'],
    });
  });

  it('lets an allowlisted advisory pass only for its own package, and names entries that no longer match', () => {
    const reading = readAuditOutput(recorded('findings'));
    const partly = judgeAudit(reading, [ALLOW_EXPRESS_CHAIN], TODAY);
    expect(partly.ok).toBe(false);
    expect(partly.lines.at(-1)).toMatch(/1 allowlisted, 1 blocking$/);
    const byNumber = { ...ALLOW_EXPRESS_CHAIN, advisory: 1102283, package: 'nodemailer' };
    expect(judgeAudit(reading, [ALLOW_EXPRESS_CHAIN, byNumber], TODAY).ok).toBe(true);
    const wrongPackage = { ...ALLOW_EXPRESS_CHAIN, package: 'express' };
    expect(judgeAudit(reading, [wrongPackage, byNumber], TODAY).ok).toBe(false);

    const stale = judgeAudit(readAuditOutput(recorded('clean')), [ALLOW_EXPRESS_CHAIN], TODAY);
    expect(stale.ok).toBe(true);
    expect(stale.lines[0]).toMatch(/no longer matches; remove it/);
  });

  it('refuses an allowlist entry without a reason or an up-to-date review', () => {
    const reading = readAuditOutput(recorded('clean'));
    const problems = (entry: Record<string, unknown>) => judgeAudit(reading, [entry], TODAY);
    expect(problems({ ...ALLOW_EXPRESS_CHAIN, reason: '' }).lines).toEqual([
      'audit gate: allowlist entry 1 gives no reason why the advisory does not affect us',
    ]);
    expect(problems({ ...ALLOW_EXPRESS_CHAIN, reviewedAt: '2026-01-02' }).ok).toBe(false);
    expect(problems({ ...ALLOW_EXPRESS_CHAIN, reviewedAt: 'last week' }).ok).toBe(false);
    expect(problems({ ...ALLOW_EXPRESS_CHAIN, advisory: '' }).ok).toBe(false);
    expect(judgeAudit(reading, { entries: [] }, TODAY).ok).toBe(false);
  });

  it('warns, and passes, only when the audit service is out of reach', () => {
    for (const name of ['registry-405', 'offline']) {
      const result = judgeAudit(readAuditOutput(recorded(name)), [], TODAY);
      expect(result.ok).toBe(true);
      expect(result.lines).toHaveLength(1);
      expect(result.lines[0]).toMatch(/^audit gate: WARNING .* NOT audited/);
    }
    expect(judgeAudit(readAuditOutput(recorded('no-lockfile')), [], TODAY).ok).toBe(false);
    expect(judgeAudit(readAuditOutput('npm ERR! something else'), [], TODAY).ok).toBe(false);
  });

  it('keeps the committed allowlist valid', () => {
    const file = JSON.parse(readFileSync(new URL('../../.audit-allowlist.json', import.meta.url), 'utf8'));
    const entries = allowlistEntries(file);
    expect(Array.isArray(entries)).toBe(true);
    expect(judgeAudit(readAuditOutput(recorded('clean')), entries, new Date()).lines).not.toContainEqual(
      expect.stringMatching(/allowlist entry \d+ /),
    );
  });
});
