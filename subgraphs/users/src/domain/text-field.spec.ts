import { describe, expect, it } from 'vitest';
import { checkText, DISPLAY_NAME_RULE } from './text-field';

describe('checkText', () => {
  it('trims and collapses whitespace', () => {
    expect(checkText('  Ann \t Lee ', DISPLAY_NAME_RULE, ['input', 'name'])).toEqual({
      ok: true,
      value: 'Ann Lee',
    });
  });

  it('requires a value', () => {
    expect(checkText('   ', DISPLAY_NAME_RULE, ['input', 'name'])).toEqual({
      ok: false,
      problem: { code: 'INVALID_INPUT', message: 'Name is required.', field: ['input', 'name'] },
    });
  });

  it('limits the length in characters', () => {
    expect(checkText('é'.repeat(100), DISPLAY_NAME_RULE, ['name']).ok).toBe(true);
    expect(checkText('é'.repeat(101), DISPLAY_NAME_RULE, ['name']).ok).toBe(false);
  });

  it('rejects control characters', () => {
    expect(checkText('Ann\u0000Lee', DISPLAY_NAME_RULE, ['name']).ok).toBe(false);
  });
});
