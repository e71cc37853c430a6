import { UserErrorCode, type FieldProblem } from './user-error-codes';

/**
 * Exponential back-off after failed sign-ins (OWASP "Blocking Brute Force Attacks"): after `freeFailures`
 * failures each further attempt must wait 1, 2, 4, … seconds after the last failure, never more than
 * `maxDelaySeconds`. Nothing ever locks: the owner who knows the password gets in after a short wait.
 */
export interface BackoffRule {
  freeFailures: number;
  maxDelaySeconds: number;
}

/**
 * Three counters: this account from this address (the attacker's own pair: steep), this address across
 * accounts (credential stuffing), and this account across addresses (distributed guessing: a low ceiling,
 * since its owner shares it). Counters forget after `windowSeconds` without a failure.
 */
export interface LoginThrottlePolicy {
  pair: BackoffRule;
  ip: BackoffRule;
  account: BackoffRule;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  pair: { freeFailures: 3, maxDelaySeconds: 60 },
  ip: { freeFailures: 10, maxDelaySeconds: 300 },
  account: { freeFailures: 10, maxDelaySeconds: 10 },
  windowSeconds: 15 * 60,
};

/** Failures counted for one key, and when the last one happened (ms since the epoch; 0 = never). */
export interface FailureWindow {
  failures: number;
  lastFailureMs: number;
}

export type ThrottleScope = 'pair' | 'ip' | 'account';

export type ThrottleDecision =
  | { allowed: true }
  | { allowed: false; scope: ThrottleScope; retryAfterSeconds: number };

/** Seconds an attempt must wait after the last failure, given how many failures there were. */
export function backoffSeconds(failures: number, rule: BackoffRule): number {
  if (failures < rule.freeFailures) return 0;
  return Math.min(2 ** Math.min(failures - rule.freeFailures, 30), rule.maxDelaySeconds);
}

/** Whether a sign-in may be attempted now; when several counters say wait, the longest wait wins. */
export function evaluateLoginThrottle(
  windows: Record<ThrottleScope, FailureWindow>,
  nowMs: number,
  policy: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE,
): ThrottleDecision {
  let longest: { scope: ThrottleScope; waitMs: number } | null = null;
  for (const scope of ['pair', 'ip', 'account'] as const) {
    const window = windows[scope];
    const waitMs = window.lastFailureMs + backoffSeconds(window.failures, policy[scope]) * 1000 - nowMs;
    if (waitMs > 0 && (!longest || waitMs > longest.waitMs)) longest = { scope, waitMs };
  }
  if (!longest) return { allowed: true };
  return { allowed: false, scope: longest.scope, retryAfterSeconds: Math.ceil(longest.waitMs / 1000) };
}

export function tooManyAttemptsProblem(retryAfterSeconds: number): FieldProblem {
  const unit = retryAfterSeconds === 1 ? 'second' : 'seconds';
  return {
    code: UserErrorCode.TOO_MANY_ATTEMPTS,
    message: `Too many failed sign-in attempts. Try again in ${retryAfterSeconds} ${unit}.`,
    field: [],
  };
}
