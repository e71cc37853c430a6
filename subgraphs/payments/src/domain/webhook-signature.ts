import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Provider webhooks are signed like Stripe's: `x-payments-signature: t=<unix seconds>,v1=<hex>` where the hex
 * is HMAC-SHA256(secret, `${t}.${rawBody}`). Signing the timestamp with the body lets the receiver refuse
 * an old, captured request replayed later; several v1 entries are accepted so a secret can be rotated.
 */
export const WEBHOOK_SIGNATURE_HEADER = 'x-payments-signature';
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

export type WebhookSignatureFailure =
  | 'MISSING_SIGNATURE'
  | 'MALFORMED_SIGNATURE'
  | 'BAD_SIGNATURE'
  | 'STALE_TIMESTAMP';

export type WebhookSignatureCheck =
  | { ok: true; timestamp: number }
  | { ok: false; reason: WebhookSignatureFailure };

export function webhookSignature(secret: string, timestamp: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** The header value a provider sends with `rawBody`. */
export function signWebhookPayload(secret: string, rawBody: string | Buffer, timestamp: number): string {
  return `t=${timestamp},v1=${webhookSignature(secret, timestamp, rawBody)}`;
}

function parseHeader(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const separator = part.indexOf('=');
    if (separator <= 0) return null;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === 't') {
      if (!/^\d{1,12}$/.test(value)) return null;
      timestamp = Number(value);
    } else if (key === 'v1') {
      if (!/^[0-9a-f]{64}$/i.test(value)) return null;
      signatures.push(value.toLowerCase());
    }
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

export interface VerifyWebhookInput {
  secret: string;
  header: string | undefined;
  rawBody: string | Buffer;
  nowSeconds: number;
  toleranceSeconds?: number;
}

/**
 * Checks the signature first (constant time), then the age: an attacker cannot learn anything about the
 * signature from being told the timestamp is stale. Timestamps from the future beyond the tolerance are
 * refused too.
 */
export function verifyWebhookSignature(input: VerifyWebhookInput): WebhookSignatureCheck {
  if (!input.header) return { ok: false, reason: 'MISSING_SIGNATURE' };
  const parsed = parseHeader(input.header);
  if (!parsed) return { ok: false, reason: 'MALFORMED_SIGNATURE' };
  const expected = Buffer.from(webhookSignature(input.secret, parsed.timestamp, input.rawBody), 'hex');
  const matches = parsed.signatures.some((signature) =>
    timingSafeEqual(Buffer.from(signature, 'hex'), expected),
  );
  if (!matches) return { ok: false, reason: 'BAD_SIGNATURE' };
  const tolerance = input.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  if (Math.abs(input.nowSeconds - parsed.timestamp) > tolerance)
    return { ok: false, reason: 'STALE_TIMESTAMP' };
  return { ok: true, timestamp: parsed.timestamp };
}
