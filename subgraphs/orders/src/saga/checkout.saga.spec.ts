import { abortSaga, heldStep, onDeadlinePassed, retryStep, startSaga } from '@msa/saga';
import { describe, expect, it } from 'vitest';
import {
  afterSteps,
  describeActions,
  replay,
  reply,
  sagaInput,
  succeed,
  unwind,
} from '../../test/support/checkout-saga-driver';
import { applyCheckoutReply, checkoutSaga } from './checkout.saga';
import { failureCode } from './failure-codes';
import { MAX_REFUND_ATTEMPTS } from './steps/capture-payment';

const o = sagaInput.orderId;

describe('checkout saga: forward path', () => {
  it('runs every step in order, each command built from the order, and completes with the commit sent', () => {
    const invoked: unknown[] = [];
    let transition = startSaga(checkoutSaga, sagaInput);
    for (const step of checkoutSaga.steps) {
      const invoke = transition.actions[0]!;
      expect(invoke).toMatchObject({ type: 'invoke', step: step.name });
      if (invoke.type === 'invoke') invoked.push(invoke.command);
      if (step.name === 'confirm-order') {
        // The order is confirmed in the transition that sends the commit, without waiting for its reply.
        expect(describeActions(transition.actions)).toEqual(['invoke inventory.commit', 'complete']);
        expect(transition.state.status).toBe('completed');
        expect(transition.state.steps['confirm-order']!.status).toBe('running');
      }
      transition = applyCheckoutReply(transition.state, succeed[step.name as keyof typeof succeed]());
    }
    // inventory.committed is recorded and settles the reservation; nothing else happens.
    expect(transition.actions).toEqual([]);
    expect(transition.state.status).toBe('completed');
    expect(transition.state.steps['confirm-order']!.status).toBe('succeeded');
    expect(transition.state.steps['reserve-inventory']!.status).toBe('settled');
    expect(invoked).toEqual([
      { name: 'inventory.reserve', payload: { orderId: o, lines: sagaInput.lines, ttlSeconds: 900 } },
      {
        name: 'promotions.redeem',
        payload: {
          orderId: o,
          customerId: 'u-1',
          redemptions: sagaInput.redemptions,
          orderTotal: 3499,
          currency: 'USD',
        },
      },
      {
        name: 'payments.authorize',
        payload: {
          orderId: o,
          customerId: 'u-1',
          amount: 3499,
          currency: 'USD',
          paymentToken: 'tok_visa',
          attempt: 1,
          capture: true,
        },
      },
      { name: 'payments.capture', payload: { orderId: o } },
      {
        name: 'shipping.create_shipment',
        payload: {
          orderId: o,
          customerId: 'u-1',
          rateId: 'rate-1',
          address: sagaInput.address,
          lines: sagaInput.lines,
        },
      },
      { name: 'inventory.commit', payload: { orderId: o } },
    ]);
  });

  it('skips redemption for an order without discounts', () => {
    const plain = { ...sagaInput, redemptions: [] };
    const afterReserve = replay([succeed['reserve-inventory']()], plain);
    expect(describeActions(afterReserve.actions)).toEqual(['invoke payments.authorize']);
    expect(afterReserve.state.steps['redeem-promotions']!.status).toBe('skipped');
    // Nothing to un-redeem when the declined order is given up.
    const declined = applyCheckoutReply(
      afterReserve.state,
      reply('payment.authorization_failed', {
        orderId: o,
        paymentId: null,
        code: 'CARD_DECLINED',
        reason: 'declined',
      }),
    );
    expect(describeActions(declined.actions)).toEqual(['hold']);
    expect(unwind(abortSaga(checkoutSaga, declined.state, 'CANCELLED_BY_CUSTOMER')).commands).toEqual([
      'inventory.release',
    ]);
  });

  it('takes no payment for an order that costs nothing', () => {
    const free = { ...sagaInput, amount: 0 };
    const afterRedeem = replay([succeed['reserve-inventory'](), succeed['redeem-promotions']()], free);
    expect(describeActions(afterRedeem.actions)).toEqual(['invoke shipping.create_shipment']);
  });

  it('sends the capture once: duplicate authorizations and captures change nothing', () => {
    const authorized = afterSteps(3);
    expect(describeActions(authorized.actions)).toEqual(['invoke payments.capture']);
    const again = applyCheckoutReply(authorized.state, succeed['authorize-payment']());
    expect(again.actions).toEqual([]);
    expect(again.state).toEqual(authorized.state);
    const captured = applyCheckoutReply(authorized.state, succeed['capture-payment']());
    expect(describeActions(captured.actions)).toEqual(['invoke shipping.create_shipment']);
    expect(applyCheckoutReply(captured.state, succeed['capture-payment']()).actions).toEqual([]);
    expect(applyCheckoutReply(captured.state, succeed['authorize-payment']()).actions).toEqual([]);
  });

  it('sends no capture when payments captured as it authorized, and refunds that capture when undone', () => {
    const redeemed = afterSteps(2);
    const authorized = applyCheckoutReply(
      redeemed.state,
      reply('payment.authorized', {
        orderId: o,
        paymentId: 'pay-1',
        amount: 3499,
        currency: 'USD',
        captured: true,
      }),
    );
    expect(describeActions(authorized.actions)).toEqual(['invoke shipping.create_shipment']);
    expect(authorized.state.steps['authorize-payment']!.status).toBe('settled');
    expect(authorized.state.steps['capture-payment']).toMatchObject({
      status: 'succeeded',
      undo: { orderId: o, amount: 3499 },
    });
    // The payment.captured payments published with it matches no waiting step.
    expect(applyCheckoutReply(authorized.state, succeed['capture-payment']()).actions).toEqual([]);
    const cancelled = abortSaga(checkoutSaga, authorized.state, 'CUSTOMER_CANCELLED');
    expect(describeActions(cancelled.actions)).toContain('compensate payments.refund');
    expect(describeActions(cancelled.actions)).not.toContain('compensate payments.void');
  });

  it('settles the authorization once captured, so it is refunded, never voided', () => {
    const captured = afterSteps(4);
    expect(captured.state.steps['authorize-payment']!.status).toBe('settled');
    expect(captured.state.steps['capture-payment']).toMatchObject({
      status: 'succeeded',
      undo: { orderId: o, amount: 3499 },
    });
  });
});

describe('checkout saga: a failure at every step compensates the completed ones in reverse', () => {
  const cases = [
    {
      step: 0,
      failure: reply('inventory.reservation_failed', {
        orderId: o,
        code: 'OUT_OF_STOCK',
        variantIds: ['v-1'],
        message: '',
      }),
      reason: 'OUT_OF_STOCK',
      compensations: [],
    },
    {
      step: 1,
      failure: reply('promotions.redemption_failed', {
        orderId: o,
        code: 'USAGE_LIMIT_REACHED',
        message: 'used up',
      }),
      reason: 'USAGE_LIMIT_REACHED',
      compensations: ['inventory.release'],
    },
    {
      step: 3,
      failure: reply('payment.capture_failed', { orderId: o, paymentId: 'pay-1', reason: 'processor error' }),
      reason: 'PAYMENT_CAPTURE_FAILED',
      compensations: ['payments.void', 'promotions.unredeem', 'inventory.release'],
    },
    {
      step: 4,
      failure: reply('shipment.creation_failed', { orderId: o, reason: 'address not served' }),
      reason: 'SHIPMENT_CREATION_FAILED',
      compensations: ['payments.refund', 'promotions.unredeem', 'inventory.release'],
    },
    {
      // The hold lapsing while the commit is in flight: nothing left to release.
      step: 5,
      failure: reply('inventory.released', { orderId: o }),
      reason: 'RESERVATION_EXPIRED',
      compensations: ['shipping.cancel_shipment', 'payments.refund', 'promotions.unredeem'],
    },
  ];

  for (const { step, failure, reason, compensations } of cases) {
    it(`${checkoutSaga.steps[step]!.name} fails (${reason}) → [${compensations.join(', ')}]`, () => {
      const failed = applyCheckoutReply(afterSteps(step).state, failure);
      expect(failed.actions[0]).toEqual({ type: 'fail', reason });
      const { commands, last } = unwind(failed);
      expect(commands).toEqual(compensations);
      expect(last.state.status).toBe('failed');
      expect(last.state.failureReason).toBe(reason);
    });
  }

  it('refunds exactly what was captured', () => {
    const failed = applyCheckoutReply(
      afterSteps(4).state,
      reply('shipment.creation_failed', { orderId: o, reason: 'x' }),
    );
    expect(failed.actions[1]).toMatchObject({
      command: {
        name: 'payments.refund',
        payload: { orderId: o, amount: 3499, reason: 'order cancelled', returnId: null },
      },
    });
  });
});

describe('checkout saga: a declined payment holds the saga for a retry', () => {
  const declined = (paymentId = 'pay-1', code = 'CARD_DECLINED') =>
    reply('payment.authorization_failed', { orderId: o, paymentId, code, reason: 'declined' });
  const held = () => applyCheckoutReply(afterSteps(2).state, declined());

  it('holds with the decline code, undoing nothing and keeping the saga running', () => {
    const transition = held();
    expect(transition.actions).toEqual([
      { type: 'hold', step: 'authorize-payment', reason: 'CARD_DECLINED' },
    ]);
    expect(transition.state.status).toBe('running');
    expect(heldStep(transition.state)).toBe('authorize-payment');
    expect(applyCheckoutReply(transition.state, declined()).actions).toEqual([]);
  });

  it('authorizes again with the new token as the next attempt, then runs to the end', () => {
    const { state } = held();
    const retried = retryStep(checkoutSaga, state, 'authorize-payment', {
      ...state.input,
      paymentToken: 'tok_mastercard',
      paymentAttempt: 2,
    });
    expect(retried.actions).toEqual([
      {
        type: 'invoke',
        step: 'authorize-payment',
        command: {
          name: 'payments.authorize',
          payload: {
            orderId: o,
            customerId: 'u-1',
            amount: 3499,
            currency: 'USD',
            paymentToken: 'tok_mastercard',
            attempt: 2,
            capture: true,
          },
        },
      },
    ]);
    let transition = applyCheckoutReply(retried.state, succeed['authorize-payment']());
    for (const step of ['capture-payment', 'create-shipment'] as const)
      transition = applyCheckoutReply(transition.state, succeed[step]());
    expect(describeActions(transition.actions)).toEqual(['invoke inventory.commit', 'complete']);
  });

  it('gives up when the hold expires: RESERVATION_EXPIRED, un-redeems, nothing to release', () => {
    const expired = applyCheckoutReply(held().state, reply('inventory.released', { orderId: o }));
    expect(expired.actions[0]).toEqual({ type: 'fail', reason: 'RESERVATION_EXPIRED' });
    const { commands, last } = unwind(expired);
    expect(commands).toEqual(['promotions.unredeem']);
    expect(last.state.status).toBe('failed');
  });

  it('gives up when the expiry is handled before the reservation it ends (replies run concurrently)', () => {
    const reserving = startSaga(checkoutSaga, sagaInput);
    const expired = applyCheckoutReply(reserving.state, reply('inventory.released', { orderId: o }));
    expect(expired.actions).toEqual([{ type: 'fail', reason: 'RESERVATION_EXPIRED' }]);
    const lateReservation = applyCheckoutReply(expired.state, succeed['reserve-inventory']());
    const { commands, last } = unwind(lateReservation);
    expect(commands).toEqual(['inventory.release']);
    expect(last.state.status).toBe('failed');
  });

  it('undoes everything held when the order is cancelled while waiting', () => {
    const aborted = abortSaga(checkoutSaga, held().state, 'CANCELLED_BY_CUSTOMER');
    expect(unwind(aborted).commands).toEqual(['promotions.unredeem', 'inventory.release']);
  });
});

describe('checkout saga: cancellations and late replies', () => {
  it('undoes everything of a confirmed order in reverse, restocking instead of releasing', () => {
    const aborted = abortSaga(checkoutSaga, afterSteps(6).state, 'CANCELLED_BY_ADMIN');
    expect(unwind(aborted).commands).toEqual([
      'inventory.restock',
      'shipping.cancel_shipment',
      'payments.refund',
      'promotions.unredeem',
    ]);
  });

  it('waits for a commit in flight before undoing the stock of a confirmed order, then restocks', () => {
    const confirmed = afterSteps(5);
    expect(confirmed.state.status).toBe('completed');
    const aborted = abortSaga(checkoutSaga, confirmed.state, 'CANCELLED_BY_CUSTOMER');
    expect(describeActions(aborted.actions)).toEqual(['fail', 'compensate shipping.cancel_shipment']);
    const { commands, last } = unwind(aborted);
    expect(commands).toEqual(['shipping.cancel_shipment', 'payments.refund', 'promotions.unredeem']);
    expect(last.state.status).toBe('compensating');
    const committed = applyCheckoutReply(last.state, succeed['confirm-order']());
    expect(unwind(committed).commands).toEqual(['inventory.restock']);
  });

  it('re-sends a commit that is never acknowledged, and never cancels the confirmed order for it', () => {
    let state = afterSteps(5).state;
    for (const attempt of [2, 3, 4, 5]) {
      const overdue = onDeadlinePassed(checkoutSaga, state);
      expect(overdue.actions).toEqual([
        {
          type: 'invoke',
          step: 'confirm-order',
          command: { name: 'inventory.commit', payload: { orderId: o } },
          attempt,
        },
      ]);
      expect(overdue.state.status).toBe('completed');
      state = overdue.state;
    }
    const committed = applyCheckoutReply(state, succeed['confirm-order']());
    expect(committed.state.steps['confirm-order']!.status).toBe('succeeded');
    expect(onDeadlinePassed(checkoutSaga, committed.state).actions).toEqual([]);
  });

  it('waits for a capture in flight before undoing the payment, then refunds it', () => {
    const aborted = abortSaga(checkoutSaga, afterSteps(3).state, 'CANCELLED_BY_CUSTOMER');
    expect(describeActions(aborted.actions)).toEqual(['fail']);
    const captured = applyCheckoutReply(aborted.state, succeed['capture-payment']());
    expect(unwind(captured).commands).toEqual([
      'payments.refund',
      'promotions.unredeem',
      'inventory.release',
    ]);
  });

  it('voids the authorization when the capture in flight fails after a cancellation', () => {
    const aborted = abortSaga(checkoutSaga, afterSteps(3).state, 'CANCELLED_BY_CUSTOMER');
    const failed = applyCheckoutReply(
      aborted.state,
      reply('payment.capture_failed', { orderId: o, paymentId: 'pay-1', reason: 'x' }),
    );
    const { commands, last } = unwind(failed);
    expect(commands).toEqual(['payments.void', 'promotions.unredeem', 'inventory.release']);
    expect(last.state.failureReason).toBe('CANCELLED_BY_CUSTOMER');
  });

  it('voids an authorization that lands after the hold expired', () => {
    const expired = applyCheckoutReply(afterSteps(2).state, reply('inventory.released', { orderId: o }));
    expect(describeActions(expired.actions)).toEqual(['fail', 'compensate promotions.unredeem']);
    const undone = unwind(expired).last;
    const late = applyCheckoutReply(undone.state, succeed['authorize-payment']());
    expect(describeActions(late.actions)).toEqual(['compensate payments.void']);
  });

  it('does not cancel a shipment again that shipping already cancelled on its own', () => {
    const confirmed = afterSteps(6);
    const cancelledInShipping = applyCheckoutReply(
      confirmed.state,
      reply('shipment.cancelled', { orderId: o, shipmentId: 'sh-1' }),
    );
    expect(cancelledInShipping.actions).toEqual([]);
    expect(cancelledInShipping.state.steps['create-shipment']!.status).toBe('settled');
    const aborted = abortSaga(checkoutSaga, cancelledInShipping.state, 'CANCELLED_BY_ADMIN');
    expect(unwind(aborted).commands).toEqual(['inventory.restock', 'payments.refund', 'promotions.unredeem']);
  });

  it('ignores duplicate and unexpected replies', () => {
    const done = afterSteps(6);
    for (const duplicate of Object.values(succeed))
      expect(applyCheckoutReply(done.state, duplicate()).actions).toEqual([]);
    expect(applyCheckoutReply(done.state, reply('inventory.released', { orderId: o })).actions).toEqual([]);
    expect(
      applyCheckoutReply(
        done.state,
        reply('payment.refunded', {
          orderId: o,
          paymentId: 'p',
          refundId: 'r',
          amount: 1,
          currency: 'USD',
          returnId: null,
        }),
      ).actions,
    ).toEqual([]);
  });

  it('asks for a failed refund again, a bounded number of times', () => {
    let current = applyCheckoutReply(
      afterSteps(4).state,
      reply('shipment.creation_failed', { orderId: o, reason: 'x' }),
    );
    const refundFailed = () =>
      reply('payment.refund_failed', {
        orderId: o,
        paymentId: 'pay-1',
        returnId: null,
        reason: 'provider down',
      });
    const attempts: number[] = [];
    for (let n = 0; n < MAX_REFUND_ATTEMPTS + 1; n += 1) {
      current = applyCheckoutReply(current.state, refundFailed());
      for (const action of current.actions) if (action.type === 'compensate') attempts.push(action.attempt);
    }
    expect(attempts).toEqual([2, 3]);
    expect(current.state.status).toBe('compensating');
    expect(current.state.steps['capture-payment']).toMatchObject({
      status: 'compensating',
      error: 'provider down',
    });
  });
});

describe('failure codes', () => {
  it('keeps codes and replaces free text', () => {
    expect(failureCode('INSUFFICIENT_FUNDS', 'PAYMENT_DECLINED')).toBe('INSUFFICIENT_FUNDS');
    expect(failureCode('card was declined', 'PAYMENT_DECLINED')).toBe('PAYMENT_DECLINED');
    expect(failureCode('', 'PAYMENT_DECLINED')).toBe('PAYMENT_DECLINED');
  });
});
