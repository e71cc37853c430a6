import { describe, expect, it } from 'vitest';
import { checkShippingAddress } from './shipping-address';

const valid = {
  name: ' Ada Lovelace ',
  line1: '12 St James Sq',
  city: 'London',
  postalCode: 'sw1y 4jh',
  country: 'gb',
};

describe('shipping address', () => {
  it('normalises a valid address, optional fields becoming null', () => {
    expect(checkShippingAddress(valid, ['input', 'shippingAddress'])).toEqual({
      ok: true,
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
    });
  });

  it('reports every problem with INVALID_ADDRESS and the field path', () => {
    const result = checkShippingAddress({ ...valid, name: '  ', country: 'Germany', phone: 'call me' }, [
      'input',
      'shippingAddress',
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'INVALID_ADDRESS',
          message: 'Recipient name is required.',
          field: ['input', 'shippingAddress', 'name'],
        },
        {
          code: 'INVALID_ADDRESS',
          message: 'Country must have at most 2 characters.',
          field: ['input', 'shippingAddress', 'country'],
        },
        {
          code: 'INVALID_ADDRESS',
          message: 'Phone must be a phone number such as +1 555 123 4567.',
          field: ['input', 'shippingAddress', 'phone'],
        },
      ],
    });
  });

  it('rejects overlong values, bad postal codes and control characters', () => {
    const result = checkShippingAddress(
      { ...valid, line1: 'x'.repeat(201), postalCode: '#1', city: 'Lon\u0000don' },
      [],
    );
    expect(result.ok ? [] : result.problems.map((p) => p.field?.[0])).toEqual([
      'line1',
      'city',
      'postalCode',
    ]);
  });
});
