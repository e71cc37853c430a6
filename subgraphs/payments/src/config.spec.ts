import { describe, expect, it } from 'vitest';
import { loadPaymentsConfig } from './config';
import { DEV_WEBHOOK_SECRET } from './webhooks/webhook-secret';

describe('payments configuration', () => {
  it('runs locally with nothing set', () => {
    const config = loadPaymentsConfig({});
    expect(config.port).toBe(4006);
    expect(config.databaseUrl).toMatch(/\/msa_payments$/);
    expect(config.webhookSecret).toBe(DEV_WEBHOOK_SECRET);
    expect(config.webhookToleranceSeconds).toBe(300);
    expect(config.providerLatencyMs).toEqual([20, 120]);
    expect(config.providerRetry).toEqual({ attempts: 3, baseDelayMs: 100 });
  });

  it('reads its own settings', () => {
    const config = loadPaymentsConfig({
      PORT: '5006',
      PAYMENTS_DATABASE_URL: 'postgresql://db.internal:5432/payments',
      PAYMENTS_WEBHOOK_SECRET: 'whsec_0123456789abcdef',
      PAYMENTS_PROVIDER_LATENCY_MS: '0, 0',
      PAYMENTS_PROVIDER_RETRY_ATTEMPTS: '1',
    });
    expect(config).toMatchObject({
      port: 5006,
      databaseUrl: 'postgresql://db.internal:5432/payments',
      webhookSecret: 'whsec_0123456789abcdef',
      providerLatencyMs: [0, 0],
      providerRetry: { attempts: 1, baseDelayMs: 100 },
    });
  });

  it('refuses to run in production without a webhook secret', () => {
    expect(() => loadPaymentsConfig({ NODE_ENV: 'production' })).toThrow(
      /PAYMENTS_WEBHOOK_SECRET: must be set in production/,
    );
    expect(
      loadPaymentsConfig({ NODE_ENV: 'production', PAYMENTS_WEBHOOK_SECRET: 'whsec_0123456789abcdef' })
        .webhookSecret,
    ).toBe('whsec_0123456789abcdef');
  });

  it('names every bad value', () => {
    expect(() => loadPaymentsConfig({ PAYMENTS_PROVIDER_LATENCY_MS: '200,100' })).toThrow(
      /PAYMENTS_PROVIDER_LATENCY_MS/,
    );
    expect(() => loadPaymentsConfig({ PAYMENTS_PROVIDER_LATENCY_MS: 'fast' })).toThrow(/"<min>,<max>"/);
    expect(() => loadPaymentsConfig({ PAYMENTS_WEBHOOK_SECRET: 'short' })).toThrow(/at least 16/);
  });

  it('takes crash points for tests, never in production, and refuses unknown ones', () => {
    expect(loadPaymentsConfig({}).faultPoints).toEqual([]);
    expect(loadPaymentsConfig({ FAULT_INJECT: 'payments.after-authorize' }).faultPoints).toEqual([
      'payments.after-authorize',
    ]);
    expect(() => loadPaymentsConfig({ FAULT_INJECT: 'payments.sometime' })).toThrow(/FAULT_INJECT/);
    expect(() =>
      loadPaymentsConfig({
        NODE_ENV: 'production',
        PAYMENTS_WEBHOOK_SECRET: 'whsec_0123456789abcdef',
        FAULT_INJECT: 'payments.after-authorize',
      }),
    ).toThrow(/FAULT_INJECT/);
  });
});
