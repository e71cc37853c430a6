import { describe, expect, it } from 'vitest';
import { cancellationReasonText, ORDER_STATUSES, orderStatusPresentation } from './order-status';

describe('orderStatusPresentation', () => {
  it('gives every known status a label of its own', () => {
    const labels = ORDER_STATUSES.map((status) => orderStatusPresentation(status).label);
    expect(new Set(labels).size).toBe(ORDER_STATUSES.length);
    expect(orderStatusPresentation('RETURN_REQUESTED')).toEqual({
      label: 'Return requested',
      tone: 'warning',
    });
  });

  it('shows an unknown status as it is', () => {
    expect(orderStatusPresentation('ON_HOLD')).toEqual({ label: 'ON_HOLD', tone: 'default' });
  });
});

describe('cancellationReasonText', () => {
  it('explains known reasons and passes others through', () => {
    expect(cancellationReasonText('OUT_OF_STOCK')).toBe('Some items ran out of stock.');
    expect(cancellationReasonText('SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(cancellationReasonText(null)).toBeNull();
  });
});
