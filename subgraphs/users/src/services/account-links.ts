import type { LoginAttemptStore } from '../data/login-attempts.store';
import {
  evaluateRequestQuota,
  tooManyRequestsProblem,
  type RequestQuotaPolicy,
} from '../domain/request-quota';
import { isWellFormedAccountToken } from '../domain/account-token';
import type { FieldProblem } from '../domain/user-error-codes';
import { generateRefreshToken, hashRefreshToken } from '../security/refresh-token-secret';

/** What issuing and presenting mailed links share: the secret's shape and hash, and the request quota. */
export interface AccountLinkDeps {
  /** Request counters (LoginAttemptStore under the `account-mail` namespace). */
  requests: LoginAttemptStore;
  quota: RequestQuotaPolicy;
  /** Origin of the storefront pages the links open, e.g. https://shop.example.com. */
  storefrontOrigin: string;
  clock?: () => Date;
}

/** A new link secret and the hash that is stored (same generator and hash as refresh tokens). */
export function newLinkSecret(): { token: string; tokenHash: string } {
  const token = generateRefreshToken();
  return { token, tokenHash: hashRefreshToken(token) };
}

/** The stored hash of a presented secret, or null when it cannot be one (no lookup for garbage). */
export function presentedLinkHash(raw: string): string | null {
  return isWellFormedAccountToken(raw) ? hashRefreshToken(raw) : null;
}

/**
 * Counts one request for account mail to `email` from `clientIp`; a problem when the quota is spent. Counted
 * whether or not an account has that email, so the answer never tells which addresses are registered.
 */
export async function spendMailQuota(
  deps: AccountLinkDeps,
  email: string,
  clientIp: string,
  nowMs: number,
): Promise<FieldProblem | null> {
  const decision = evaluateRequestQuota(await deps.requests.windows(email, clientIp), nowMs, deps.quota);
  if (!decision.allowed) return tooManyRequestsProblem(decision.retryAfterSeconds);
  await deps.requests.recordFailure(email, clientIp, nowMs);
  return null;
}
