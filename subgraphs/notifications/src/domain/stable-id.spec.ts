import { describe, expect, it } from 'vitest';
import { stableId } from './stable-id';

describe('stable ids', () => {
  it('is a well-formed UUID that depends on every part and on their boundaries', () => {
    const id = stableId('event', 'user', 'EMAIL');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableId('event', 'user', 'EMAIL')).toBe(id);
    expect(stableId('event', 'user', 'SMS')).not.toBe(id);
    expect(stableId('ab', 'c')).not.toBe(stableId('a', 'bc'));
  });
});
