import { describe, expect, it } from 'vitest';
import { parseWebhookEvent } from './webhook-event';

describe('webhook events', () => {
  it('reads the three event types', () => {
    expect(
      parseWebhookEvent(JSON.stringify({ id: 'evt_1', type: 'charge.captured', data: { chargeId: 'ch_1' } })),
    ).toEqual({
      ok: true,
      event: { id: 'evt_1', type: 'charge.captured', data: { chargeId: 'ch_1' } },
    });
    const refunded = {
      id: 'evt_2',
      type: 'charge.refunded',
      data: { chargeId: 'ch_1', refundId: 're_1', amount: 500 },
    };
    expect(parseWebhookEvent(JSON.stringify(refunded))).toMatchObject({ ok: true, event: refunded });
    const failed = { id: 'evt_3', type: 'charge.failed', data: { chargeId: 'ch_1', code: 'EXPIRED' } };
    expect(parseWebhookEvent(JSON.stringify(failed))).toMatchObject({ ok: true, event: failed });
  });

  it('explains what is wrong with a bad event', () => {
    expect(parseWebhookEvent('{nope')).toEqual({ ok: false, message: 'The body is not JSON' });
    expect(
      parseWebhookEvent(JSON.stringify({ id: 'evt_1', type: 'charge.exploded', data: {} })),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('type'),
    });
    const negative = {
      id: 'evt_2',
      type: 'charge.refunded',
      data: { chargeId: 'ch_1', refundId: 're_1', amount: -5 },
    };
    expect(parseWebhookEvent(JSON.stringify(negative))).toMatchObject({
      ok: false,
      message: expect.stringContaining('data.amount'),
    });
  });
});
