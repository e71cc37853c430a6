import { describe, expect, it } from 'vitest';
import { parseFaultPoints } from './fault-points';

describe('fault points', () => {
  it('reads a comma-separated list, and nothing from an unset or blank value', () => {
    expect(parseFaultPoints(undefined)).toEqual([]);
    expect(parseFaultPoints('  ')).toEqual([]);
    expect(parseFaultPoints(' payments.after-authorize ')).toEqual(['payments.after-authorize']);
  });

  it('refuses an unknown point, naming the known ones', () => {
    expect(() => parseFaultPoints('payments.after-authorise')).toThrow(/payments\.after-authorize/);
  });
});
