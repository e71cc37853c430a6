import { UserErrorCode, type FieldProblem } from './user-error-codes';

/** At most `limit` failed sign-ins per fixed window that starts with the first failure. */
export interface ThrottleRule {
  limit: number;
  windowSeconds: number;
}

export interface LoginThrottlePolicy {
  account: ThrottleRule;
  ip: ThrottleRule;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  account: { limit: 5, windowSeconds: 15 * 60 },
  ip: { limit: 20, windowSeconds: 15 * 60 },
};

/** A failure counter as Redis reports it; `ttlSeconds` is negative when the key has no expiry or is gone. */
export interface FailureWindow {
  failures: number;
  ttlSeconds: number;
}

export type ThrottleScope = 'account' | 'ip';

export type ThrottleDecision =
  | { allowed: true }
  | { allowed: false; scope: ThrottleScope; retryAfterSeconds: number };

function blockedFor(window: FailureWindow, rule: ThrottleRule): number | null {
  if (window.failures < rule.limit) return null;
  // A counter without a usable TTL would otherwise block forever; assume a full window is left.
  return window.ttlSeconds > 0 ? Math.min(window.ttlSeconds, rule.windowSeconds) : rule.windowSeconds;
}

/** Whether a sign-in may be attempted; when both limits are hit, the caller waits for the later one. */
export function evaluateLoginThrottle(
  windows: Record<ThrottleScope, FailureWindow>,
  policy: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE,
): ThrottleDecision {
  const account = blockedFor(windows.account, policy.account);
  const ip = blockedFor(windows.ip, policy.ip);
  if (account === null && ip === null) return { allowed: true };
  if (ip === null || (account !== null && account >= ip))
    return { allowed: false, scope: 'account', retryAfterSeconds: account! };
  return { allowed: false, scope: 'ip', retryAfterSeconds: ip };
}

export function tooManyAttemptsProblem(retryAfterSeconds: number): FieldProblem {
  const unit = retryAfterSeconds === 1 ? 'second' : 'seconds';
  return {
    code: UserErrorCode.TOO_MANY_ATTEMPTS,
    message: `Too many failed sign-in attempts. Try again in ${retryAfterSeconds} ${unit}.`,
    field: [],
  };
}
