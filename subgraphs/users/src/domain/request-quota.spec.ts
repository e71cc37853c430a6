import { describe, expect, it } from 'vitest';
import type { FailureWindow, ThrottleScope } from './login-throttle';
import { evaluateRequestQuota, tooManyRequestsProblem, type RequestQuotaPolicy } from './request-quota';

const POLICY: RequestQuotaPolicy = { perAccount: 3, perAddress: 20, windowSeconds: 3600 };
const NOW = 10_000_000;

function windows(counts: Partial<Record<ThrottleScope, number>>, lastMs = NOW - 60_000) {
  const window = (failures = 0): FailureWindow => ({ failures, lastFailureMs: failures ? lastMs : 0 });
  return { account: window(counts.account), ip: window(counts.ip), pair: window(counts.pair) };
}

describe('account mail quota', () => {
  it('allows requests below both ceilings', () => {
    expect(evaluateRequestQuota(windows({ account: 2, ip: 19, pair: 2 }), NOW, POLICY)).toEqual({
      allowed: true,
    });
  });

  it('refuses at the per-address or per-client ceiling until the window passes its last request', () => {
    expect(evaluateRequestQuota(windows({ account: 3 }), NOW, POLICY)).toEqual({
      allowed: false,
      scope: 'account',
      retryAfterSeconds: 3540,
    });
    expect(evaluateRequestQuota(windows({ ip: 20 }), NOW, POLICY)).toMatchObject({
      allowed: false,
      scope: 'ip',
    });
    expect(evaluateRequestQuota(windows({ account: 3 }, NOW - 3_600_000), NOW, POLICY)).toEqual({
      allowed: true,
    });
  });

  it('tells the wait in minutes', () => {
    expect(tooManyRequestsProblem(3540).message).toBe(
      'Too many emails were requested. Try again in 59 minutes.',
    );
    expect(tooManyRequestsProblem(5).message).toMatch(/1 minute\.$/);
  });
});
