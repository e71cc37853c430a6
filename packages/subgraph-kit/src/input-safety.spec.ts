import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentHasUnsafeText, findUnsafeVariable, isUnsafeText, MAX_TEXT_LENGTH } from './input-safety';

describe('input safety', () => {
  it('accepts ordinary text, emoji and paired surrogates', () => {
    expect(isUnsafeText('Grüße 👋 from 東京')).toBe(false);
  });

  it('refuses NUL and unpaired surrogates', () => {
    expect(isUnsafeText('a\u0000b')).toBe(true);
    expect(isUnsafeText('\uD800')).toBe(true);
    expect(isUnsafeText('x\uDC00y')).toBe(true);
    expect(isUnsafeText('\uDC00\uD800')).toBe(true);
  });

  it('refuses text longer than the limit', () => {
    expect(isUnsafeText('a'.repeat(MAX_TEXT_LENGTH))).toBe(false);
    expect(isUnsafeText('a'.repeat(MAX_TEXT_LENGTH + 1))).toBe(true);
  });

  it('finds unsafe strings deep in variables', () => {
    expect(findUnsafeVariable({ input: { lines: [{ sku: 'ok' }, { sku: 'bad\u0000' }] } })).toEqual([
      'input',
      'lines',
      '1',
      'sku',
    ]);
    expect(findUnsafeVariable({ a: 1, b: [true, null, 'fine'] })).toBeNull();
  });

  it('finds unsafe string literals in documents', () => {
    expect(documentHasUnsafeText(parse('{ product(slug: "a\\u0000") { id } }'))).toBe(true);
    expect(documentHasUnsafeText(parse('{ product(slug: "plain") { id } }'))).toBe(false);
  });
});
