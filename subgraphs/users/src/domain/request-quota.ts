import type { FailureWindow, ThrottleDecision, ThrottleScope } from './login-throttle';
import { UserErrorCode, type FieldProblem } from './user-error-codes';

/**
 * How many account emails (password reset, verification) may be asked for: at most `perAccount` for one
 * email address and `perAddress` from one client address, each counter forgotten `windowSeconds` after its
 * last request. A fixed ceiling rather than the sign-in back-off, which starts at one second and would let
 * a mail flood through.
 */
export interface RequestQuotaPolicy {
  perAccount: number;
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_ACCOUNT_MAIL_QUOTA: RequestQuotaPolicy = {
  perAccount: 3,
  perAddress: 20,
  windowSeconds: 60 * 60,
};

/** Whether one more request fits; the counters are those of LoginAttemptStore under their own namespace. */
export function evaluateRequestQuota(
  windows: Record<ThrottleScope, FailureWindow>,
  nowMs: number,
  policy: RequestQuotaPolicy,
): ThrottleDecision {
  const limits: [ThrottleScope, number][] = [
    ['account', policy.perAccount],
    ['ip', policy.perAddress],
  ];
  let longest: { scope: ThrottleScope; waitMs: number } | null = null;
  for (const [scope, limit] of limits) {
    const window = windows[scope];
    if (window.failures < limit) continue;
    const waitMs = window.lastFailureMs + policy.windowSeconds * 1000 - nowMs;
    if (waitMs > 0 && (!longest || waitMs > longest.waitMs)) longest = { scope, waitMs };
  }
  if (!longest) return { allowed: true };
  return { allowed: false, scope: longest.scope, retryAfterSeconds: Math.ceil(longest.waitMs / 1000) };
}

export function tooManyRequestsProblem(retryAfterSeconds: number): FieldProblem {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return {
    code: UserErrorCode.TOO_MANY_ATTEMPTS,
    message: `Too many emails were requested. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    field: [],
  };
}
