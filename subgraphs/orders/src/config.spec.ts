import { describe, expect, it } from 'vitest';
import { loadOrdersConfig } from './config';

describe('orders configuration', () => {
  it('reads the return window, defaulting to 30 days', () => {
    expect(loadOrdersConfig({}).returnWindowDays).toBe(30);
    expect(loadOrdersConfig({ RETURN_WINDOW_DAYS: '14' }).returnWindowDays).toBe(14);
  });

  it('refuses a return window outside 1 to 365 days, naming the variable', () => {
    expect(() => loadOrdersConfig({ RETURN_WINDOW_DAYS: '0' })).toThrow(/RETURN_WINDOW_DAYS/);
    expect(() => loadOrdersConfig({ RETURN_WINDOW_DAYS: 'a month' })).toThrow(/RETURN_WINDOW_DAYS/);
  });
});
