import type { OrderLineRef } from './event-catalog';

/**
 * Commands: a request to the one service that owns the capability, sent on its `commands.<service>` queue.
 * The owner answers with an event (e.g. inventory.reserve → inventory.reserved | inventory.reservation_failed).
 */
export interface CommandPayloads {
  'inventory.reserve': { orderId: string; lines: OrderLineRef[]; ttlSeconds: number };
  'inventory.commit': { orderId: string };
  'inventory.release': { orderId: string; reason: string };
  /** Returns committed stock to the shelf (cancellation after confirmation, returns). */
  'inventory.restock': { orderId: string; lines: OrderLineRef[]; reason: string };
}

export type CommandName = keyof CommandPayloads;

/** The service that owns (and consumes) each command. */
export const COMMAND_OWNERS: { [C in CommandName]: string } = {
  'inventory.reserve': 'inventory',
  'inventory.commit': 'inventory',
  'inventory.release': 'inventory',
  'inventory.restock': 'inventory',
};

export function commandQueueName(service: string): string {
  return `commands.${service}`;
}
