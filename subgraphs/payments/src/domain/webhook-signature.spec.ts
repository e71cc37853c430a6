import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhookPayload, verifyWebhookSignature } from './webhook-signature';

const secret = 'whsec_test';
const body = JSON.stringify({ id: 'evt_1', type: 'charge.captured', data: { chargeId: 'ch_1' } });
const now = 1_800_000_000;

const verify = (header: string | undefined, rawBody: string = body, nowSeconds = now) =>
  verifyWebhookSignature({ secret, header, rawBody, nowSeconds, toleranceSeconds: 300 });

describe('webhook signatures', () => {
  it('signs HMAC-SHA256 over "<timestamp>.<body>"', () => {
    const expected = createHmac('sha256', secret).update(`${now}.${body}`).digest('hex');
    expect(signWebhookPayload(secret, body, now)).toBe(`t=${now},v1=${expected}`);
  });

  it('accepts its own signature within the tolerance, either side of now', () => {
    expect(verify(signWebhookPayload(secret, body, now))).toEqual({ ok: true, timestamp: now });
    expect(verify(signWebhookPayload(secret, body, now - 300))).toMatchObject({ ok: true });
    expect(verify(signWebhookPayload(secret, body, now + 300))).toMatchObject({ ok: true });
  });

  it('refuses a stale or far-future timestamp', () => {
    expect(verify(signWebhookPayload(secret, body, now - 301))).toEqual({
      ok: false,
      reason: 'STALE_TIMESTAMP',
    });
    expect(verify(signWebhookPayload(secret, body, now + 301))).toEqual({
      ok: false,
      reason: 'STALE_TIMESTAMP',
    });
  });

  it('refuses a tampered body, a moved timestamp and another secret', () => {
    const header = signWebhookPayload(secret, body, now);
    expect(verify(header, body.replace('ch_1', 'ch_2'))).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(verify(header.replace(`t=${now}`, `t=${now - 1}`))).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    expect(verify(signWebhookPayload('whsec_other', body, now))).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
  });

  it('accepts any of several v1 signatures, for secret rotation', () => {
    const old = signWebhookPayload('whsec_old', body, now).split(',')[1];
    expect(verify(`${signWebhookPayload(secret, body, now)},${old}`)).toMatchObject({ ok: true });
    expect(verify(`t=${now},${old},${signWebhookPayload(secret, body, now).split(',')[1]}`)).toMatchObject({
      ok: true,
    });
  });

  it('tells a missing header from a malformed one', () => {
    expect(verify(undefined)).toEqual({ ok: false, reason: 'MISSING_SIGNATURE' });
    for (const header of [
      '',
      'nonsense',
      `t=${now}`,
      'v1=abc',
      `t=soon,v1=${'a'.repeat(64)}`,
      `t=${now},v1=xyz`,
    ]) {
      expect(verify(header)).toMatchObject({ ok: false });
    }
    expect(verify(`t=${now}`)).toEqual({ ok: false, reason: 'MALFORMED_SIGNATURE' });
  });
});
