import nodemailer from 'nodemailer';
import { DeliveryError } from './delivery-error';
import type { EmailTransport } from './email-transport';

/** SMTP replies 5xx for what will never pass (unknown mailbox, policy); 4xx and network errors may. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** Sends through an SMTP server (SMTP_URL, e.g. smtp://user:pass@mail.example.com:587). */
export function createSmtpEmailTransport(options: { smtpUrl: string; from: string }): EmailTransport {
  const transporter = nodemailer.createTransport(options.smtpUrl);
  return {
    kind: 'smtp',
    async send(message) {
      try {
        const info = await transporter.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: { 'X-Delivery-Id': message.deliveryId },
        });
        return { messageId: info.messageId };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new DeliveryError(`SMTP: ${reason}`, isPermanentSmtpFailure(error));
      }
    },
    async close() {
      transporter.close();
    },
  };
}
