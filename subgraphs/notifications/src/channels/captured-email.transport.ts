import type { NotificationsDb } from '../data/database';
import { captureMessage } from '../data/captured-message.repo';
import type { EmailTransport } from './email-transport';

/**
 * The default transport: emails are stored, not sent, and administrators read them with
 * Query.capturedEmails — every environment without SMTP still shows exactly what would have gone out.
 */
export function createCapturedEmailTransport(db: NotificationsDb): EmailTransport {
  return {
    kind: 'captured',
    async send(message) {
      const captured = await captureMessage(db, {
        channel: 'EMAIL',
        to: message.to,
        subject: message.subject,
        body: message.text,
        html: message.html,
        deliveryId: message.deliveryId,
      });
      return { messageId: `captured:${captured.id}` };
    },
    async close() {},
  };
}
