import { describe, expect, it } from 'vitest';
import { KNOWN_OPERATION_NAMES } from './known-operations';
import { operationLabel } from './operation-label';

describe('operationLabel', () => {
  const known = KNOWN_OPERATION_NAMES[0]!;

  it('keeps the names our own clients send', () => {
    expect(operationLabel(known)).toBe(known);
    expect(operationLabel(`${known}__products__0`)).toBe(known);
  });

  it('maps missing names to anonymous and everything else to other', () => {
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel(null)).toBe('anonymous');
    expect(operationLabel('Attack_1234')).toBe('other');
    expect(operationLabel('Attack__products__0')).toBe('other');
    expect(operationLabel(`${known}x`)).toBe('other');
  });
});
