import { describe, expect, it } from 'vitest';
import { formatOrderNumber, parseOrderNumber } from './order-number';

describe('order numbers', () => {
  it('read back what they show, with or without the prefix', () => {
    expect(parseOrderNumber(formatOrderNumber(100042))).toBe(100042);
    expect(parseOrderNumber(' msa-100042 ')).toBe(100042);
    expect(parseOrderNumber('100042')).toBe(100042);
  });

  it('refuse anything else', () => {
    for (const text of ['', 'MSA-', 'MSA-12a', 'ABC-100042', '-5', '1e5', '1234567890'])
      expect(parseOrderNumber(text)).toBeNull();
  });
});
