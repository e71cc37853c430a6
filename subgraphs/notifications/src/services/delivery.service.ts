import type { Logger } from '@msa/subgraph-kit';
import { DeliveryError } from '../channels/delivery-error';
import type { EmailTransport } from '../channels/email-transport';
import type { PushProvider } from '../channels/push-provider';
import type { SmsProvider } from '../channels/sms-provider';
import type { Directory, RecipientContact } from '../clients/directory.client';
import type { NotificationsDb } from '../data/database';
import type { DeliveryLogStore } from '../data/delivery-log';
import { preferencesOf } from '../data/preference.repo';
import { disablePushToken, pushTokenById } from '../data/push-token.repo';
import { isSettled, verdictAfter, type AttemptResult, type AttemptVerdict } from '../domain/delivery-outcome';
import type { PlannedDelivery } from '../domain/delivery-plan';
import { RECIPIENT_NAME_VARIABLE } from '../domain/notification-kinds';
import { channelAllowed } from '../domain/preferences';
import { renderTemplate, textToHtml, type RenderedMessage } from '../domain/template-rendering';
import type { TemplatesService } from './templates.service';

export interface ChannelProviders {
  email: EmailTransport;
  sms: SmsProvider;
  push: PushProvider;
}

export interface DeliveryDeps {
  db: NotificationsDb;
  log: DeliveryLogStore;
  directory: Directory;
  templates: TemplatesService;
  providers: ChannelProviders;
  /** Where admin alerts are emailed besides the staff's own addresses; null when not configured. */
  adminMailbox: string | null;
  now: () => Date;
  logger: Logger;
}

/** How the admin mailbox is greeted in templates that use {{name}}. */
const ADMIN_MAILBOX_NAME = 'team';

const skipped = (reason: string): AttemptResult => ({ outcome: 'SKIPPED', reason });

/**
 * Makes one attempt at one delivery and logs it. Everything that could have changed since the event is checked
 * again here: the recipient's preferences (an opted-out channel is never used), their address, the device
 * token and the template. A sent or skipped delivery is never attempted again.
 */
export function createDeliveryService(deps: DeliveryDeps) {
  async function send(delivery: PlannedDelivery): Promise<AttemptResult> {
    let contact: RecipientContact | null = null;
    let guest: { email: string; name: string } | null = null;
    const { target } = delivery;
    // The recipient's choices and the template in one transaction rather than one each.
    const { preferences, template } = await deps.db.$transaction(async (tx) => ({
      preferences: target.kind === 'USER' ? await preferencesOf(tx, target.userId) : [],
      template: await deps.templates.current(delivery.kind, delivery.channel, tx),
    }));
    if (target.kind === 'ORDER_GUEST') {
      const order = await deps.directory.order(target.orderId);
      if (!order?.guestEmail) return skipped('the order has no guest email');
      guest = { email: order.guestEmail, name: order.recipientName };
    }
    if (target.kind === 'USER') {
      if (!channelAllowed(preferences, delivery.category, delivery.channel))
        return skipped(`recipient turned off ${delivery.channel} for ${delivery.category}`);
      contact = await deps.directory.user(target.userId);
      if (!contact) return skipped('recipient no longer exists');
    }
    if (!template) return skipped(`no ${delivery.channel} template for ${delivery.kind}`);
    const message: RenderedMessage = renderTemplate(template, {
      ...delivery.variables,
      [RECIPIENT_NAME_VARIABLE]: contact?.name ?? guest?.name ?? ADMIN_MAILBOX_NAME,
    });

    switch (delivery.channel) {
      case 'EMAIL': {
        const to = contact ? contact.email : guest ? guest.email : deps.adminMailbox;
        if (!to)
          return skipped(contact ? 'recipient has no email address' : 'no admin mailbox is configured');
        const sent = await deps.providers.email.send({
          to,
          subject: message.subject ?? '',
          text: message.body,
          html: textToHtml(message.body),
          deliveryId: delivery.id,
        });
        return { outcome: 'SENT', providerMessageId: sent.messageId };
      }
      case 'SMS': {
        if (!contact?.phone) return skipped('recipient has no phone number on their default address');
        const sent = await deps.providers.sms.send({
          to: contact.phone,
          body: message.body,
          deliveryId: delivery.id,
        });
        return { outcome: 'SENT', providerMessageId: sent.messageId };
      }
      case 'PUSH': {
        const token = delivery.pushTokenId ? await pushTokenById(deps.db, delivery.pushTokenId) : null;
        if (!token || token.disabledAt || token.userId !== contact?.id)
          return skipped('device is no longer registered');
        const sent = await deps.providers.push.send({
          token: token.token,
          platform: token.platform,
          title: message.subject ?? '',
          body: message.body,
          deliveryId: delivery.id,
        });
        return { outcome: 'SENT', providerMessageId: sent.messageId };
      }
    }
  }

  async function attemptOnce(delivery: PlannedDelivery): Promise<AttemptResult> {
    try {
      return await send(delivery);
    } catch (error) {
      if (error instanceof DeliveryError)
        return { outcome: 'FAILED', reason: error.message, permanent: error.permanent };
      deps.logger.warn({ err: error, deliveryId: delivery.id }, 'delivery attempt failed unexpectedly');
      return {
        outcome: 'FAILED',
        reason: error instanceof Error ? error.message : String(error),
        permanent: false,
      };
    }
  }

  return {
    /** One attempt; `attemptNumber` of `maxAttempts` decides whether a transient failure is retried. */
    async attempt(
      delivery: PlannedDelivery,
      attemptNumber: number,
      maxAttempts: number,
    ): Promise<AttemptVerdict & { reason: string | null }> {
      const record = await deps.log.open(delivery, deps.now());
      if (isSettled(record.status)) return { status: record.status, retry: false, reason: null };
      const result = await attemptOnce(delivery);
      const verdict = verdictAfter(result, attemptNumber, maxAttempts);
      const reason = result.outcome === 'SENT' ? null : result.reason;
      await deps.log.recordAttempt(
        delivery.id,
        {
          outcome: result.outcome,
          error: reason,
          providerMessageId: result.outcome === 'SENT' ? result.providerMessageId : null,
          at: deps.now(),
        },
        verdict.status,
      );
      if (
        result.outcome === 'FAILED' &&
        result.permanent &&
        delivery.channel === 'PUSH' &&
        delivery.pushTokenId
      )
        await disablePushToken(deps.db, delivery.pushTokenId, result.reason, deps.now());
      return { ...verdict, reason };
    },
  };
}

export type DeliveryService = ReturnType<typeof createDeliveryService>;
