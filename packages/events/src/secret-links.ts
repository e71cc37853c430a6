import type { EventName, EventPayloads } from './event-catalog';

/**
 * Events that carry a mailed secret: a link whose single-use token signs someone in or proves their address.
 * The secret is kept only as long as it takes to send the mail: the relay redacts it in the outbox row once
 * the job is queued, the jobs are removed from Redis as soon as they are handled, and dead letters and
 * delivery logs hold the redacted link only.
 */
export const SECRET_LINK_FIELDS: {
  readonly [E in EventName]?: readonly (keyof EventPayloads[E] & string)[];
} = {
  'user.password_reset_requested': ['resetUrl'],
  'user.email_verification_requested': ['verifyUrl'],
};

/** What stands in for a removed secret. */
export const REDACTED_SECRET = '…';

/** Jobs carrying a secret leave Redis once handled, whatever the outcome (their dead letter is redacted). */
export const SECRET_JOB_OPTIONS = Object.freeze({ removeOnComplete: true, removeOnFail: true });

/**
 * A link with every query value replaced by "…": `https://shop/reset-password?token=abc` becomes
 * `https://shop/reset-password?token=…`, still telling which page it opened. Anything that is not a URL is
 * replaced entirely.
 */
export function redactLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return REDACTED_SECRET;
  }
  const keys = [...new Set(url.searchParams.keys())];
  const query = keys.map((key) => `${encodeURIComponent(key)}=${REDACTED_SECRET}`).join('&');
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}`;
}

/** Whether messages of this name carry a secret. */
export function carriesSecret(name: string): boolean {
  return Object.hasOwn(SECRET_LINK_FIELDS, name);
}

/** The payload with its secret links redacted; any other payload unchanged. */
export function redactSecretLinks(name: string, payload: unknown): unknown {
  const fields = carriesSecret(name) ? SECRET_LINK_FIELDS[name as EventName]! : [];
  if (!fields.length || typeof payload !== 'object' || payload === null) return payload;
  const redacted: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
  for (const field of fields)
    if (typeof redacted[field] === 'string') redacted[field] = redactLink(redacted[field]);
  return redacted;
}
