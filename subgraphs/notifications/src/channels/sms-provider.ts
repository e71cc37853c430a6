export interface SmsMessage {
  to: string;
  body: string;
  deliveryId: string;
}

/** Sends one text message; throws DeliveryError when the provider refuses it. */
export interface SmsProvider {
  readonly kind: string;
  send(message: SmsMessage): Promise<{ messageId: string }>;
}
