import { describe, expect, it } from 'vitest';
import type { Identity } from '@msa/auth';
import { callerAccessToken } from './context';

const customer: Identity = { userId: 'u1', role: 'CUSTOMER', kind: 'user' };

describe('callerAccessToken', () => {
  it("hands on the bearer token the caller's identity was verified from", () => {
    expect(callerAccessToken(customer, 'Bearer abc.def.ghi')).toBe('abc.def.ghi');
  });

  it('is null for an anonymous request, whatever its header says', () => {
    expect(callerAccessToken(null, 'Bearer abc.def.ghi')).toBeNull();
    expect(callerAccessToken(null, undefined)).toBeNull();
  });
});
