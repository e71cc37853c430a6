import type { Identity } from '@msa/auth';

/** A guest acting through the access token issued for one order at guest checkout (or a guest lookup). */
export interface OrderTokenHolder {
  kind: 'order-token';
  orderId: string;
}

/** Who acts on an order: a verified identity, or the holder of that order's access token. */
export type OrderActor = Identity | OrderTokenHolder;

/** Whether the actor is the order's customer: its signed-in owner, or the holder of a token for this very order. */
export function actsAsCustomerOf(actor: OrderActor, order: { id: string; customerId: string }): boolean {
  if (actor.kind === 'order-token') return actor.orderId === order.id;
  return actor.kind === 'user' && actor.userId === order.customerId;
}

export function isAdministrator(actor: OrderActor): boolean {
  return actor.kind !== 'order-token' && actor.role === 'ADMIN';
}
