import type { PushPlatform } from '../data/push-token.repo';

export interface PushMessage {
  token: string;
  platform: PushPlatform;
  title: string;
  body: string;
  deliveryId: string;
}

/**
 * Sends one push notification to one device; throws DeliveryError when the provider refuses it (a permanent
 * refusal means the token is dead and is disabled).
 */
export interface PushProvider {
  readonly kind: string;
  send(message: PushMessage): Promise<{ messageId: string }>;
}
