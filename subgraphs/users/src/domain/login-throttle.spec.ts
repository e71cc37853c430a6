import { describe, expect, it } from 'vitest';
import {
  backoffSeconds,
  DEFAULT_LOGIN_THROTTLE,
  evaluateLoginThrottle,
  tooManyAttemptsProblem,
} from './login-throttle';

const clear = { failures: 0, lastFailureMs: 0 };
const NOW = 1_000_000;

describe('login back-off', () => {
  it('grows exponentially after the free failures and stays capped', () => {
    const rule = DEFAULT_LOGIN_THROTTLE.pair;
    expect([2, 3, 4, 5, 6, 10, 50].map((n) => backoffSeconds(n, rule))).toEqual([0, 1, 2, 4, 8, 60, 60]);
  });

  it('never waits longer than the largest cap: no lockout', () => {
    const many = { failures: 10_000, lastFailureMs: NOW };
    const decision = evaluateLoginThrottle({ pair: many, ip: many, account: many }, NOW);
    expect(decision).toEqual({ allowed: false, scope: 'ip', retryAfterSeconds: 300 });
    expect(evaluateLoginThrottle({ pair: many, ip: many, account: many }, NOW + 300_000)).toEqual({
      allowed: true,
    });
  });

  it('lets the owner in from another address after at most the account cap', () => {
    const attacked = { failures: 500, lastFailureMs: NOW };
    expect(evaluateLoginThrottle({ pair: clear, ip: clear, account: attacked }, NOW)).toEqual({
      allowed: false,
      scope: 'account',
      retryAfterSeconds: 10,
    });
    expect(evaluateLoginThrottle({ pair: clear, ip: clear, account: attacked }, NOW + 10_000)).toEqual({
      allowed: true,
    });
  });

  it('allows attempts below every threshold', () => {
    expect(
      evaluateLoginThrottle(
        {
          pair: { failures: 2, lastFailureMs: NOW },
          ip: { failures: 9, lastFailureMs: NOW },
          account: clear,
        },
        NOW,
      ),
    ).toEqual({ allowed: true });
  });

  it('says how long to wait', () => {
    expect(tooManyAttemptsProblem(1).message).toBe(
      'Too many failed sign-in attempts. Try again in 1 second.',
    );
  });
});
