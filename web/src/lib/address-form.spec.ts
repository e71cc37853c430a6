import { describe, expect, it } from 'vitest';
import { addressInput, addressProblems, addressSummary, destinationOf, EMPTY_ADDRESS } from './address-form';

const filled = {
  ...EMPTY_ADDRESS,
  name: ' Ada Lovelace ',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: 'ab1 2cd',
  country: 'gb',
};

describe('addressProblems', () => {
  it('asks for every required field of an empty form', () => {
    expect(Object.keys(addressProblems(EMPTY_ADDRESS)).sort()).toEqual([
      'city',
      'line1',
      'name',
      'postalCode',
    ]);
  });

  it('accepts a complete address and checks the formats the API checks', () => {
    expect(addressProblems(filled)).toEqual({});
    expect(addressProblems({ ...filled, country: 'GBR' }).country).toBeDefined();
    expect(addressProblems({ ...filled, postalCode: '#1' }).postalCode).toBeDefined();
    expect(addressProblems({ ...filled, phone: 'call me' }).phone).toBeDefined();
    expect(addressProblems({ ...filled, phone: '+44 20 7946 0000' })).toEqual({});
  });
});

describe('addressInput and destinationOf', () => {
  it('trims, upper-cases codes and sends blanks as null', () => {
    expect(addressInput(filled)).toEqual({
      name: 'Ada Lovelace',
      line1: '1 Main St',
      line2: null,
      city: 'Springfield',
      region: null,
      postalCode: 'AB1 2CD',
      country: 'GB',
      phone: null,
    });
    expect(destinationOf(filled)).toEqual({
      country: 'GB',
      postalCode: 'AB1 2CD',
      region: null,
      city: 'Springfield',
    });
  });
});

describe('addressSummary', () => {
  it('reads as one line, skipping empty parts', () => {
    expect(addressSummary({ ...filled, name: 'Ada', postalCode: 'AB1', country: 'GB' })).toBe(
      'Ada, 1 Main St, Springfield AB1, GB',
    );
  });
});
