export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  deliveryId: string;
}

/** Sends one email; throws DeliveryError when the transport refuses it. */
export interface EmailTransport {
  readonly kind: 'captured' | 'smtp';
  send(message: EmailMessage): Promise<{ messageId: string }>;
  close(): Promise<void>;
}
