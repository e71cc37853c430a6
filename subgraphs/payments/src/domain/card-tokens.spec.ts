import { describe, expect, it } from 'vitest';
import { describePaymentMethod, testCardFor } from './card-tokens';

describe('test card tokens', () => {
  it.each([
    ['tok_visa', { kind: 'succeed' }],
    ['tok_mastercard', { kind: 'succeed' }],
    ['tok_chargeDeclined', { kind: 'decline', code: 'CARD_DECLINED' }],
    ['tok_insufficientFunds', { kind: 'decline', code: 'INSUFFICIENT_FUNDS' }],
    ['tok_timeout', { kind: 'timeout-once' }],
  ])('%s behaves as documented', (token, behaviour) => {
    expect(testCardFor(token)?.behaviour).toMatchObject(behaviour);
  });

  it('knows no other token, including inherited property names', () => {
    expect(testCardFor('tok_unknown')).toBeNull();
    expect(testCardFor('toString')).toBeNull();
    expect(testCardFor('')).toBeNull();
  });

  it('describes a card by brand and last four digits', () => {
    expect(describePaymentMethod(testCardFor('tok_visa')!.card)).toBe('card •••• 4242 (visa)');
    expect(describePaymentMethod(null)).toBe('card');
  });
});
