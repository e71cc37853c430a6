import {
  startEventWorker,
  type EventHandlers,
  type MessageWorkerOptions,
  type RunningWorker,
} from '@msa/events';
import { HANDLED_EVENTS } from '../domain/event-notifications';
import type { EventIntakeService } from '../services/event-intake.service';

/** Consumes events.notifications: every event the catalog routes here goes through the same intake. */
export function startNotificationEventWorker(
  intake: EventIntakeService,
  options: MessageWorkerOptions,
  privacy: EventHandlers = {},
): RunningWorker {
  const handlers = Object.fromEntries(
    HANDLED_EVENTS.map((name) => [
      name,
      (event: Parameters<EventIntakeService['handle']>[0]) => intake.handle(event),
    ]),
  ) as EventHandlers;
  return startEventWorker('notifications', { ...handlers, ...privacy }, options);
}
