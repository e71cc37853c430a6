import express, { type Express, type Response } from 'express';
import { developmentSecretRefused, type Logger } from '@msa/subgraph-kit';
import type { PaymentsDb } from '../data/database';
import { parseWebhookEvent } from '../domain/webhook-event';
import { verifyWebhookSignature, WEBHOOK_SIGNATURE_HEADER } from '../domain/webhook-signature';
import { applyWebhookEvent, type WebhookOutcome } from '../services/apply-webhook-event';
import { DEV_WEBHOOK_SECRET } from './webhook-secret';

export const PAYMENTS_WEBHOOK_PATH = '/webhooks/payments';

export interface PaymentsWebhookOptions {
  db: PaymentsDb;
  secret: string;
  /** The address the server listens on: the published development secret is refused beyond loopback. */
  listenHost: string;
  toleranceSeconds: number;
  logger: Logger;
  /** Milliseconds since the epoch; tests move it. */
  now?: () => number;
}

function respond(res: Response, outcome: WebhookOutcome): void {
  switch (outcome.kind) {
    case 'applied':
      res.status(200).json({ received: true, applied: true });
      return;
    case 'ignored':
      res.status(200).json({ received: true, applied: false, reason: outcome.reason });
      return;
    case 'duplicate':
      // Acknowledged so the provider stops re-sending it, and ignored: a replay changes nothing.
      res.status(200).json({ received: true, duplicate: true });
      return;
    case 'unknown-charge':
      res.status(404).json({ error: 'UNKNOWN_CHARGE', message: 'No payment has this charge id' });
      return;
    case 'conflict':
      res.status(409).json({ error: 'CONFLICT', message: outcome.reason });
      return;
  }
}

/**
 * POST /webhooks/payments: provider events, signed over the exact bytes received (hence the raw body
 * parser on this route only). The signature is checked before the body is even parsed.
 */
export function mountPaymentsWebhook(app: Express, options: PaymentsWebhookOptions): void {
  const now = options.now ?? Date.now;
  const devSecretRefused = developmentSecretRefused(options.secret, DEV_WEBHOOK_SECRET, options.listenHost);
  if (devSecretRefused)
    options.logger.warn(
      { host: options.listenHost },
      'PAYMENTS_WEBHOOK_SECRET is the published development secret on a non-loopback or production server: webhooks are refused until a real secret is set',
    );
  app.post(PAYMENTS_WEBHOOK_PATH, express.raw({ type: () => true, limit: '256kb' }), async (req, res) => {
    if (devSecretRefused) {
      res.status(403).json({
        error: 'DEVELOPMENT_SECRET_REFUSED',
        message: 'The development webhook secret is accepted on loopback only; set PAYMENTS_WEBHOOK_SECRET',
      });
      return;
    }
    const rawBody: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const check = verifyWebhookSignature({
      secret: options.secret,
      header: req.get(WEBHOOK_SIGNATURE_HEADER),
      rawBody,
      nowSeconds: Math.floor(now() / 1000),
      toleranceSeconds: options.toleranceSeconds,
    });
    if (!check.ok) {
      options.logger.warn({ reason: check.reason }, 'payments webhook refused');
      res.status(401).json({ error: check.reason });
      return;
    }
    const parsed = parseWebhookEvent(rawBody.toString('utf8'));
    if (!parsed.ok) {
      res.status(400).json({ error: 'INVALID_EVENT', message: parsed.message });
      return;
    }
    try {
      const outcome = await applyWebhookEvent(options.db, parsed.event);
      options.logger.info(
        { eventId: parsed.event.id, type: parsed.event.type, outcome: outcome.kind },
        'payments webhook',
      );
      respond(res, outcome);
    } catch (error) {
      options.logger.error({ err: error, eventId: parsed.event.id }, 'payments webhook failed');
      res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
    }
  });
}
