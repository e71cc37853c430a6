import type { DomainEvent, EventName, EventPayloads } from '@msa/events';
import { startSaga, type SagaAction, type SagaState, type SagaTransition } from '@msa/saga';
import type { CheckoutSagaInput } from '../../src/saga/checkout-input';
import { applyCheckoutReply, checkoutSaga } from '../../src/saga/checkout.saga';
import type { SagaCommand } from '../../src/saga/saga-command';

/** An order with one discount, as the specs drive it through the checkout saga. */
export const sagaInput: CheckoutSagaInput = {
  orderId: 'o-1',
  customerId: 'u-1',
  lines: [{ variantId: 'v-1', quantity: 2 }],
  reservationTtlSeconds: 900,
  redemptions: [{ promotionId: 'p-1', code: 'WELCOME10', amount: 300 }],
  amount: 3499,
  currency: 'USD',
  paymentToken: 'tok_visa',
  shippingRateId: 'rate-1',
  address: {
    name: 'Ada Lovelace',
    line1: '12 St James Sq',
    line2: null,
    city: 'London',
    region: null,
    postalCode: 'SW1Y 4JH',
    country: 'GB',
    phone: null,
  },
};

let sequence = 0;

/** A reply event as it arrives on events.orders. */
export function reply<E extends EventName>(name: E, payload: EventPayloads[E]): DomainEvent<E> {
  sequence += 1;
  return {
    id: `m-${sequence}`,
    name,
    payload,
    occurredAt: '2026-11-25T00:00:00.000Z',
  };
}

const o = 'o-1';
/** The success reply of each step. */
export const succeed = {
  'reserve-inventory': () => reply('inventory.reserved', { orderId: o, reservationIds: ['r-1'] }),
  'redeem-promotions': () => reply('promotions.redeemed', { orderId: o }),
  'authorize-payment': () =>
    reply('payment.authorized', { orderId: o, paymentId: 'pay-1', amount: 3499, currency: 'USD' }),
  'capture-payment': () =>
    reply('payment.captured', { orderId: o, paymentId: 'pay-1', amount: 3499, currency: 'USD' }),
  'create-shipment': () =>
    reply('shipment.created', {
      orderId: o,
      shipmentId: 'sh-1',
      trackingNumber: 'PN123',
      carrier: 'Parcelnet',
      service: 'STANDARD',
    }),
  'confirm-order': () => reply('inventory.committed', { orderId: o }),
} as const;

/** The acknowledgement of each compensation command. */
export const acknowledge: Record<string, () => DomainEvent> = {
  'inventory.release': () => reply('inventory.released', { orderId: o }),
  'inventory.restock': () => reply('inventory.restocked', { orderId: o }),
  'promotions.unredeem': () => reply('promotions.unredeemed', { orderId: o }),
  'payments.void': () => reply('payment.voided', { orderId: o, paymentId: 'pay-1' }),
  'payments.refund': () =>
    reply('payment.refunded', {
      orderId: o,
      paymentId: 'pay-1',
      refundId: 'rf-1',
      amount: 3499,
      currency: 'USD',
      returnId: null,
    }),
  'shipping.cancel_shipment': () => reply('shipment.cancelled', { orderId: o, shipmentId: 'sh-1' }),
};

export type Transition = SagaTransition<CheckoutSagaInput, SagaCommand>;

export function replay(
  replies: DomainEvent[],
  input: CheckoutSagaInput = sagaInput,
): { state: SagaState<CheckoutSagaInput>; actions: SagaAction<SagaCommand>[] } {
  let { state, actions } = startSaga(checkoutSaga, input);
  for (const next of replies) ({ state, actions } = applyCheckoutReply(state, next));
  return { state, actions };
}

/** The saga after its first `count` steps succeeded (the next one waits). */
export function afterSteps(count: number, input: CheckoutSagaInput = sagaInput) {
  const names = Object.keys(succeed) as (keyof typeof succeed)[];
  return replay(
    names.slice(0, count).map((name) => succeed[name]()),
    input,
  );
}

export const describeActions = (actions: SagaAction<SagaCommand>[]) =>
  actions.map((action) =>
    action.type === 'invoke' || action.type === 'compensate'
      ? `${action.type} ${action.command.name}`
      : action.type,
  );

/** Acknowledges each compensation as it is asked for; returns the commands in the order they were asked. */
export function unwind(transition: Transition): { commands: string[]; last: Transition } {
  const commands: string[] = [];
  let current = transition;
  for (;;) {
    const compensate = current.actions.find((action) => action.type === 'compensate');
    if (!compensate || compensate.type !== 'compensate') break;
    commands.push(compensate.command.name);
    current = applyCheckoutReply(current.state, acknowledge[compensate.command.name]!());
  }
  return { commands, last: current };
}
