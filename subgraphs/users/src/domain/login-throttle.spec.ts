import { describe, expect, it } from 'vitest';
import { DEFAULT_LOGIN_THROTTLE, evaluateLoginThrottle, tooManyAttemptsProblem } from './login-throttle';

const clear = { failures: 0, ttlSeconds: -2 };

describe('evaluateLoginThrottle', () => {
  it('allows attempts below both limits', () => {
    expect(
      evaluateLoginThrottle({
        account: { failures: 4, ttlSeconds: 600 },
        ip: { failures: 19, ttlSeconds: 600 },
      }),
    ).toEqual({ allowed: true });
  });

  it('blocks an account after 5 failures until its window ends', () => {
    expect(evaluateLoginThrottle({ account: { failures: 5, ttlSeconds: 412 }, ip: clear })).toEqual({
      allowed: false,
      scope: 'account',
      retryAfterSeconds: 412,
    });
  });

  it('blocks an address after 20 failures across accounts', () => {
    expect(evaluateLoginThrottle({ account: clear, ip: { failures: 20, ttlSeconds: 30 } })).toEqual({
      allowed: false,
      scope: 'ip',
      retryAfterSeconds: 30,
    });
  });

  it('makes the caller wait for the later window when both limits are hit', () => {
    const windows = { account: { failures: 9, ttlSeconds: 100 }, ip: { failures: 25, ttlSeconds: 700 } };
    expect(evaluateLoginThrottle(windows)).toMatchObject({ scope: 'ip', retryAfterSeconds: 700 });
    const reversed = { account: { failures: 9, ttlSeconds: 800 }, ip: { failures: 25, ttlSeconds: 700 } };
    expect(evaluateLoginThrottle(reversed)).toMatchObject({ scope: 'account', retryAfterSeconds: 800 });
  });

  it('assumes a full window when the counter has no expiry', () => {
    expect(evaluateLoginThrottle({ account: { failures: 5, ttlSeconds: -1 }, ip: clear })).toMatchObject({
      retryAfterSeconds: DEFAULT_LOGIN_THROTTLE.account.windowSeconds,
    });
  });

  it('honours a custom policy', () => {
    const policy = { account: { limit: 2, windowSeconds: 60 }, ip: { limit: 3, windowSeconds: 60 } };
    expect(
      evaluateLoginThrottle({ account: { failures: 2, ttlSeconds: 59 }, ip: clear }, policy),
    ).toMatchObject({ allowed: false });
    expect(evaluateLoginThrottle({ account: { failures: 1, ttlSeconds: 59 }, ip: clear }, policy)).toEqual({
      allowed: true,
    });
  });
});

describe('tooManyAttemptsProblem', () => {
  it('tells how many seconds to wait', () => {
    expect(tooManyAttemptsProblem(412)).toEqual({
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Too many failed sign-in attempts. Try again in 412 seconds.',
      field: [],
    });
    expect(tooManyAttemptsProblem(1).message).toContain('1 second.');
  });
});
