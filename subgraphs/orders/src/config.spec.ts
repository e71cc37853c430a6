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

  it('reads the payment retry window (15 minutes by default) and the watchdog interval', () => {
    expect(loadOrdersConfig({})).toMatchObject({
      paymentRetryWindowSeconds: 900,
      sagaWatchdogIntervalMs: 5_000,
    });
    expect(loadOrdersConfig({ PAYMENT_RETRY_WINDOW_SECONDS: '3600' }).paymentRetryWindowSeconds).toBe(3600);
    expect(() => loadOrdersConfig({ PAYMENT_RETRY_WINDOW_SECONDS: '5' })).toThrow(
      /PAYMENT_RETRY_WINDOW_SECONDS/,
    );
  });

  it('reads the deadline of reads through the router (5 s by default), refusing a non-positive one', () => {
    expect(loadOrdersConfig({}).routerReadTimeoutMs).toBe(5_000);
    expect(loadOrdersConfig({ ROUTER_READ_TIMEOUT_MS: '2500' }).routerReadTimeoutMs).toBe(2_500);
    expect(() => loadOrdersConfig({ ROUTER_READ_TIMEOUT_MS: '0' })).toThrow(/ROUTER_READ_TIMEOUT_MS/);
  });
});
