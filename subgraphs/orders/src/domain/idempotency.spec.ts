import { describe, expect, it } from 'vitest';
import { decideReplay, idempotencyKeyProblem } from './idempotency';

describe('idempotency', () => {
  it('replays the same cart and refuses another', () => {
    expect(decideReplay({ cartId: 'c1' }, 'c1')).toBe('replay');
    expect(decideReplay({ cartId: 'c1' }, 'c2')).toBe('key-reused');
  });

  it('accepts typical keys and refuses malformed ones', () => {
    expect(idempotencyKeyProblem('0b6f2c9e-1d7a-4a43-9d6e-3f1c2b7a8e90')).toBeNull();
    expect(idempotencyKeyProblem('')).toMatch(/non-empty/);
    expect(idempotencyKeyProblem(' k ')).toMatch(/surrounding spaces/);
    expect(idempotencyKeyProblem('a b')).toMatch(/printable ASCII/);
    expect(idempotencyKeyProblem('k'.repeat(101))).toMatch(/at most 100/);
  });
});
