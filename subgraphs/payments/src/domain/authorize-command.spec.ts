import { describe, expect, it } from 'vitest';
import { authorizeCommandProblem, type AuthorizeCommand } from './authorize-command';

const valid: AuthorizeCommand = {
  orderId: 'o-1',
  customerId: 'c-1',
  amount: 1999,
  currency: 'USD',
  paymentToken: 'tok_visa',
};

describe('authorize command validation', () => {
  it('accepts a complete command', () => {
    expect(authorizeCommandProblem(valid)).toBeNull();
  });

  it.each([
    [{ amount: 0 }, 'amount'],
    [{ amount: 10.5 }, 'amount'],
    [{ currency: 'usd' }, 'currency'],
    [{ paymentToken: '' }, 'paymentToken'],
    [{ customerId: '' }, 'customerId'],
  ])('names the problem with %o', (change, field) => {
    expect(authorizeCommandProblem({ ...valid, ...change })).toContain(field);
  });
});
