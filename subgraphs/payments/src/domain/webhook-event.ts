import { z } from 'zod';

/**
 * What the provider posts to /webhooks/payments: changes made on its side (a capture or a refund from its
 * dashboard, a charge it failed later) that this service must learn about.
 */
const amount = z.number().int().positive();
const chargeId = z.string().min(1).max(200);

export const webhookEventSchema = z.discriminatedUnion('type', [
  z.object({
    id: z.string().min(1).max(200),
    type: z.literal('charge.captured'),
    data: z.object({ chargeId, amount: amount.optional() }),
  }),
  z.object({
    id: z.string().min(1).max(200),
    type: z.literal('charge.refunded'),
    data: z.object({
      chargeId,
      refundId: z.string().min(1).max(200),
      amount,
      reason: z.string().max(500).optional(),
    }),
  }),
  z.object({
    id: z.string().min(1).max(200),
    type: z.literal('charge.failed'),
    data: z.object({ chargeId, code: z.string().min(1).max(100), message: z.string().max(500).optional() }),
  }),
]);

export type WebhookEvent = z.infer<typeof webhookEventSchema>;
export type WebhookEventType = WebhookEvent['type'];

export type ParsedWebhookEvent = { ok: true; event: WebhookEvent } | { ok: false; message: string };

export function parseWebhookEvent(rawBody: string): ParsedWebhookEvent {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { ok: false, message: 'The body is not JSON' };
  }
  const result = webhookEventSchema.safeParse(json);
  if (result.success) return { ok: true, event: result.data };
  const issue = result.error.issues[0];
  return { ok: false, message: `${issue?.path.join('.') || 'event'}: ${issue?.message ?? 'invalid'}` };
}
