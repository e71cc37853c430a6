import { describe, expect, it } from 'vitest';
import { promotionStatus } from './promotion-status';
import { NOW, percentOff, promotion } from '../../test/support/promotion-domain-fixtures';

const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);

describe('promotionStatus', () => {
  it.each([
    { name: 'running', overrides: {}, expected: 'ACTIVE' },
    { name: 'switched off, even while running', overrides: { active: false }, expected: 'INACTIVE' },
    { name: 'starts later', overrides: { startsAt: at(2) }, expected: 'SCHEDULED' },
    { name: 'ended', overrides: { endsAt: at(-1) }, expected: 'EXPIRED' },
    { name: 'every use taken', overrides: { usageLimit: 5, usageCount: 5 }, expected: 'EXHAUSTED' },
    { name: 'uses left', overrides: { usageLimit: 5, usageCount: 4 }, expected: 'ACTIVE' },
    {
      name: 'ended and exhausted',
      overrides: { endsAt: at(-1), usageLimit: 1, usageCount: 1 },
      expected: 'EXPIRED',
    },
  ])('$name → $expected', ({ overrides, expected }) => {
    expect(promotionStatus(promotion({ actions: [percentOff(10)], ...overrides }), NOW)).toBe(expected);
  });
});
