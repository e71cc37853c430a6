import { describe, expect, it } from 'vitest';
import { currentStep, keptRateId, placeOrderBlocker, type CheckoutChoices } from './checkout-steps';

const none: CheckoutChoices = {
  addressReady: false,
  shippingRateId: null,
  paymentToken: '',
  lineCount: 2,
  allPurchasable: true,
};

describe('currentStep', () => {
  it('walks address → delivery → payment → review', () => {
    expect(currentStep(none)).toBe('address');
    expect(currentStep({ ...none, addressReady: true })).toBe('delivery');
    expect(currentStep({ ...none, addressReady: true, shippingRateId: 'r1' })).toBe('payment');
    expect(currentStep({ ...none, addressReady: true, shippingRateId: 'r1', paymentToken: ' ' })).toBe(
      'payment',
    );
    expect(currentStep({ ...none, addressReady: true, shippingRateId: 'r1', paymentToken: 'tok_visa' })).toBe(
      'review',
    );
  });
});

describe('placeOrderBlocker', () => {
  const ready = { ...none, addressReady: true, shippingRateId: 'r1', paymentToken: 'tok_visa' };

  it('is null once everything is chosen', () => {
    expect(placeOrderBlocker(ready)).toBeNull();
  });

  it('names what is missing, the cart first', () => {
    expect(placeOrderBlocker({ ...ready, lineCount: 0 })).toBe('Your cart is empty.');
    expect(placeOrderBlocker({ ...ready, allPurchasable: false })).toMatch(/can no longer be bought/);
    expect(placeOrderBlocker(none)).toBe('Choose a shipping address.');
    expect(placeOrderBlocker({ ...ready, shippingRateId: null })).toBe('Choose a delivery option.');
    expect(placeOrderBlocker({ ...ready, paymentToken: '' })).toBe('Choose a payment method.');
  });
});

describe('keptRateId', () => {
  it('keeps the chosen rate only while it is offered', () => {
    expect(keptRateId('r1', [{ id: 'r1' }, { id: 'r2' }])).toBe('r1');
    expect(keptRateId('r1', [{ id: 'r2' }])).toBeNull();
    expect(keptRateId(null, [{ id: 'r2' }])).toBeNull();
  });
});
