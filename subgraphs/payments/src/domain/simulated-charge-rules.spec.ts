import { describe, expect, it } from 'vitest';
import {
  decideSimulatedAuthorization,
  decideSimulatedCapture,
  decideSimulatedRefund,
  decideSimulatedVoid,
  sameRequest,
  timesOut,
  type SimulatedCharge,
} from './simulated-charge-rules';

const authorized: SimulatedCharge = {
  status: 'authorized',
  amount: 5_000,
  capturedAmount: 0,
  refundedAmount: 0,
};
const captured: SimulatedCharge = { ...authorized, status: 'captured', capturedAmount: 5_000 };

describe('simulated provider: authorization by token', () => {
  it.each([
    ['tok_visa', 1, { kind: 'approve', card: { brand: 'visa', last4: '4242' } }],
    ['tok_chargeDeclined', 1, { kind: 'decline', decline: { code: 'CARD_DECLINED' } }],
    ['tok_chargeDeclined', 2, { kind: 'decline', decline: { code: 'CARD_DECLINED' } }],
    ['tok_insufficientFunds', 1, { kind: 'decline', decline: { code: 'INSUFFICIENT_FUNDS' } }],
    ['tok_timeout', 1, { kind: 'timeout' }],
    ['tok_timeout', 2, { kind: 'approve' }],
    ['tok_timeout', 3, { kind: 'approve' }],
    ['tok_bogus', 1, { kind: 'decline', decline: { code: 'INVALID_TOKEN' }, card: null }],
  ])('%s on attempt %i', (token, attempt, expected) => {
    expect(decideSimulatedAuthorization(token, 5_000, attempt)).toMatchObject(expected);
  });

  it('declines a bad amount but still reports the card', () => {
    expect(decideSimulatedAuthorization('tok_visa', 0, 1)).toMatchObject({
      kind: 'decline',
      decline: { code: 'INVALID_AMOUNT' },
      card: { last4: '4242' },
    });
  });

  it('times out only the first attempt of tok_timeout', () => {
    expect([timesOut('tok_timeout', 1), timesOut('tok_timeout', 2), timesOut('tok_visa', 1)]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('simulated provider: charge life', () => {
  it('captures up to the authorized amount, once', () => {
    expect(decideSimulatedCapture(authorized, 5_000)).toEqual({ ok: true, charge: captured });
    expect(decideSimulatedCapture(authorized, 4_000)).toMatchObject({
      ok: true,
      charge: { capturedAmount: 4_000 },
    });
    expect(decideSimulatedCapture(authorized, 5_001)).toMatchObject({ code: 'AMOUNT_EXCEEDS_AUTHORIZED' });
    expect(decideSimulatedCapture(captured, 5_000)).toMatchObject({ code: 'CHARGE_ALREADY_CAPTURED' });
    expect(decideSimulatedCapture({ ...authorized, status: 'voided' }, 5_000)).toMatchObject({
      code: 'CHARGE_VOIDED',
    });
    expect(decideSimulatedCapture(null, 5_000)).toMatchObject({ code: 'CHARGE_NOT_FOUND' });
  });

  it('voids an authorization but never a capture', () => {
    expect(decideSimulatedVoid(authorized)).toMatchObject({ ok: true, charge: { status: 'voided' } });
    expect(decideSimulatedVoid({ ...authorized, status: 'voided' })).toMatchObject({ ok: true });
    expect(decideSimulatedVoid(captured)).toMatchObject({ code: 'CHARGE_ALREADY_CAPTURED' });
  });

  it('refunds captured money up to what is left', () => {
    const partly = decideSimulatedRefund(captured, 2_000);
    expect(partly).toMatchObject({ ok: true, charge: { refundedAmount: 2_000 } });
    const after = (partly as { charge: SimulatedCharge }).charge;
    expect(decideSimulatedRefund(after, 3_000)).toMatchObject({
      ok: true,
      charge: { refundedAmount: 5_000 },
    });
    expect(decideSimulatedRefund(after, 3_001)).toMatchObject({ code: 'AMOUNT_EXCEEDS_REFUNDABLE' });
    expect(decideSimulatedRefund(authorized, 1)).toMatchObject({ code: 'CHARGE_NOT_CAPTURED' });
    expect(decideSimulatedRefund(captured, -1)).toMatchObject({ code: 'INVALID_AMOUNT' });
  });
});

describe('simulated provider: idempotent replays', () => {
  it('compares requests regardless of key order', () => {
    expect(sameRequest({ a: 1, b: { c: 2, d: [1, 2] } }, { b: { d: [1, 2], c: 2 }, a: 1 })).toBe(true);
    expect(sameRequest({ amount: 100 }, { amount: 200 })).toBe(false);
  });
});
