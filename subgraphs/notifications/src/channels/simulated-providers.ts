import type { NotificationsDb } from '../data/database';
import { captureMessage } from '../data/captured-message.repo';
import {
  simulatedPushBehaviour,
  simulatedSmsBehaviour,
  type SimulatedBehaviour,
} from '../domain/simulated-behaviour';
import { DeliveryError } from './delivery-error';
import type { PushProvider } from './push-provider';
import type { SmsProvider } from './sms-provider';

/** Applies a simulated behaviour; "fail once" is remembered per delivery, so its retry goes through. */
function createFailureGate() {
  const failedOnce = new Set<string>();
  return (behaviour: SimulatedBehaviour, deliveryId: string): void => {
    if (behaviour.type === 'reject') throw new DeliveryError(behaviour.reason, true);
    if (behaviour.type === 'failOnce' && !failedOnce.has(deliveryId)) {
      failedOnce.add(deliveryId);
      throw new DeliveryError(behaviour.reason, false);
    }
  };
}

/**
 * The default SMS provider: records each message it accepts (Query.capturedMessages) and fails the way real
 * carriers do for the numbers listed in domain/simulated-behaviour.ts.
 */
export function createSimulatedSmsProvider(db: NotificationsDb): SmsProvider {
  const gate = createFailureGate();
  return {
    kind: 'simulated',
    async send(message) {
      gate(simulatedSmsBehaviour(message.to), message.deliveryId);
      const captured = await captureMessage(db, {
        channel: 'SMS',
        to: message.to,
        subject: null,
        body: message.body,
        html: null,
        deliveryId: message.deliveryId,
      });
      return { messageId: `sim-sms:${captured.id}` };
    },
  };
}

/** The default push provider, like the SMS one, for the device tokens listed in domain/simulated-behaviour.ts. */
export function createSimulatedPushProvider(db: NotificationsDb): PushProvider {
  const gate = createFailureGate();
  return {
    kind: 'simulated',
    async send(message) {
      gate(simulatedPushBehaviour(message.token), message.deliveryId);
      const captured = await captureMessage(db, {
        channel: 'PUSH',
        to: message.token,
        subject: message.title,
        body: message.body,
        html: null,
        deliveryId: message.deliveryId,
      });
      return { messageId: `sim-push:${captured.id}` };
    },
  };
}
