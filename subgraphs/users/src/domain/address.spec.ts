import { describe, expect, it } from 'vitest';
import { checkAddress, defaultChangeProblem, isNewAddressDefault, nextDefaultAddress } from './address';

const complete = {
  name: ' Ann   Lee ',
  line1: '1 Main St',
  line2: '',
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701-1234',
  country: 'us',
  phone: '+1 (555) 123-4567',
};

describe('checkAddress', () => {
  it('normalises a complete address', () => {
    expect(checkAddress(complete, 'create', ['input'])).toEqual({
      ok: true,
      value: { ...complete, name: 'Ann Lee', line2: null, country: 'US' },
    });
  });

  it('reports every missing required field on create, with its path', () => {
    const result = checkAddress({ name: 'Ann' }, 'create', ['input']);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.field)).toEqual([
        ['input', 'line1'],
        ['input', 'city'],
        ['input', 'postalCode'],
        ['input', 'country'],
      ]);
      expect(result.problems[0]).toMatchObject({
        code: 'INVALID_INPUT',
        message: 'Address line 1 is required.',
      });
    }
  });

  it('rejects unknown countries and malformed postal codes and phones', () => {
    const result = checkAddress(
      { ...complete, country: 'XX', postalCode: '<script>', phone: 'call me' },
      'create',
      ['input'],
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.field.at(-1))).toEqual(['postalCode', 'country', 'phone']);
      expect(result.problems[1]!.message).toContain('ISO 3166-1 alpha-2');
    }
  });

  it('rejects values that are too long', () => {
    const result = checkAddress({ ...complete, city: 'x'.repeat(101) }, 'create', ['input']);
    expect(result.ok ? null : result.problems[0]!.message).toBe('City must have at most 100 characters.');
  });

  it('checks only the given fields on update, and lets optional ones be cleared', () => {
    expect(checkAddress({ city: 'Chicago', phone: null }, 'update', ['input'])).toEqual({
      ok: true,
      value: { city: 'Chicago', phone: null },
    });
  });

  it('does not let an update clear a required field', () => {
    const result = checkAddress({ line1: null }, 'update', ['input']);
    expect(result.ok ? null : result.problems[0]!.field).toEqual(['input', 'line1']);
  });
});

describe('default address', () => {
  it('makes the first address the default and otherwise follows the request', () => {
    expect(isNewAddressDefault(0, false)).toBe(true);
    expect(isNewAddressDefault(2, undefined)).toBe(false);
    expect(isNewAddressDefault(2, true)).toBe(true);
  });

  it('refuses to un-mark the default address but allows every other change', () => {
    expect(defaultChangeProblem(true, false, ['input', 'isDefault'])).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['input', 'isDefault'],
    });
    expect(defaultChangeProblem(false, false, ['input', 'isDefault'])).toBeNull();
    expect(defaultChangeProblem(true, true, ['input', 'isDefault'])).toBeNull();
    expect(defaultChangeProblem(true, undefined, ['input', 'isDefault'])).toBeNull();
  });

  it('promotes the oldest remaining address', () => {
    const remaining = [
      { id: 'b', createdAt: new Date('2026-02-01') },
      { id: 'a', createdAt: new Date('2026-01-01') },
    ];
    expect(nextDefaultAddress(remaining)).toBe('a');
    expect(nextDefaultAddress([])).toBeNull();
  });
});
