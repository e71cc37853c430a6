import { describe, expect, it } from 'vitest';
import { cartWeightGrams, deliveryEstimate, noDeliveryReason, serviceName } from './delivery-options';

describe('delivery options', () => {
  it('names services and estimates', () => {
    expect(serviceName('EXPRESS')).toBe('Express');
    expect(serviceName('OVERNIGHT')).toBe('Overnight');
    expect(deliveryEstimate({ estimatedDays: 5, estimatedDaysMin: 3 })).toBe('Arrives in 3–5 business days');
    expect(deliveryEstimate({ estimatedDays: 1, estimatedDaysMin: 1 })).toBe('Arrives in 1 business day');
    expect(deliveryEstimate({ estimatedDays: 4 })).toBe('Arrives in 4 business days');
  });

  it('weighs the cart and says why nothing can carry it', () => {
    const lines = [
      { quantity: 20, variant: { weightGrams: 4000 } },
      { quantity: 1, variant: { weightGrams: null } },
    ];
    expect(cartWeightGrams(lines)).toBe(80_000);
    expect(noDeliveryReason(80_000)).toMatch(/about 80 kg, over the 70 kg/);
    expect(noDeliveryReason(1_000)).toMatch(/too heavy or too large/);
  });
});
