import { describe, expect, it } from 'vitest';
import {
  NO_ORDER_FILTERS,
  orderFiltersFromSearch,
  orderFiltersToSearch,
  toOrdersFilter,
} from './order-filters';

describe('order filters in the address bar', () => {
  it('round-trips through the query string', () => {
    const filters = {
      status: 'CONFIRMED' as const,
      from: '2026-12-01',
      to: '2026-12-06',
      customer: 'user-1',
      number: 'MSA-100042',
    };
    const search = orderFiltersToSearch(filters);
    expect(search).toBe('?status=CONFIRMED&from=2026-12-01&to=2026-12-06&customer=user-1&number=MSA-100042');
    expect(orderFiltersFromSearch(new URLSearchParams(search))).toEqual(filters);
  });

  it('leaves out what is empty or unreadable', () => {
    expect(orderFiltersToSearch(NO_ORDER_FILTERS)).toBe('');
    expect(
      orderFiltersFromSearch(new URLSearchParams('status=NOPE&from=yesterday&to=2026-13-45&number=%20')),
    ).toEqual(NO_ORDER_FILTERS);
  });
});

describe('toOrdersFilter', () => {
  it('is null without filters', () => {
    expect(toOrdersFilter(NO_ORDER_FILTERS)).toBeNull();
  });

  it('covers whole days, the last one up to its end', () => {
    const filter = toOrdersFilter({ ...NO_ORDER_FILTERS, from: '2026-12-01', to: '2026-12-01' });
    expect(filter?.status).toBeUndefined();
    const span = Date.parse(filter!.to!) - Date.parse(filter!.from!);
    expect(span).toBe(86_400_000);
  });

  it('names the customer and the number as the API does', () => {
    expect(toOrdersFilter({ ...NO_ORDER_FILTERS, customer: 'u1', number: '100042' })).toEqual({
      customerId: 'u1',
      number: '100042',
    });
  });
});
