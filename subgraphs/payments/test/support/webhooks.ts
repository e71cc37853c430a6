import { signWebhookPayload, WEBHOOK_SIGNATURE_HEADER } from '../../src/domain/webhook-signature';
import { PAYMENTS_WEBHOOK_PATH } from '../../src/webhooks/payments-webhook.route';

export interface PostWebhookOptions {
  secret: string;
  /** Unix seconds the signature claims; defaults to now. */
  timestamp?: number;
  /** Replaces the signature header entirely (tampering, missing header). */
  header?: string | null;
  /** Sends these bytes instead of the event's JSON, still signed unless `header` says otherwise. */
  rawBody?: string;
}

/** Posts a provider event to the webhook endpoint, signed the way the provider signs it. */
export async function postWebhook(
  baseUrl: string,
  event: unknown,
  options: PostWebhookOptions,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const body = options.rawBody ?? JSON.stringify(event);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const header =
    options.header === undefined ? signWebhookPayload(options.secret, body, timestamp) : options.header;
  const response = await fetch(`${baseUrl}${PAYMENTS_WEBHOOK_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(header === null ? {} : { [WEBHOOK_SIGNATURE_HEADER]: header }),
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
