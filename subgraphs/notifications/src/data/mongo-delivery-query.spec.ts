import { describe, expect, it } from 'vitest';
import { deliveryFilterQuery, mongoDatabaseName, pageQuery } from './mongo-delivery-query';

describe('MongoDB delivery queries', () => {
  const from = new Date('2026-11-01T00:00:00Z');
  const to = new Date('2026-12-01T00:00:00Z');

  it('turns each filter into an equality or a half-open time range', () => {
    expect(deliveryFilterQuery({})).toEqual({});
    expect(deliveryFilterQuery({ channel: 'SMS', status: 'FAILED', userId: 'u-1', from, to })).toEqual({
      channel: 'SMS',
      status: 'FAILED',
      userId: 'u-1',
      createdAt: { $gte: from, $lt: to },
    });
    expect(deliveryFilterQuery({ to })).toEqual({ createdAt: { $lt: to } });
  });

  it('continues strictly after the cursor, newest first', () => {
    const cursor = { createdAt: '2026-11-24T10:00:00.000Z', id: 'd-5' };
    const keyset = {
      $or: [
        { createdAt: { $lt: new Date(cursor.createdAt) } },
        { createdAt: new Date(cursor.createdAt), _id: { $lt: 'd-5' } },
      ],
    };
    expect(pageQuery({}, cursor)).toEqual(keyset);
    expect(pageQuery({ status: 'SENT' }, cursor)).toEqual({ $and: [{ status: 'SENT' }, keyset] });
    expect(pageQuery({ status: 'SENT' }, null)).toEqual({ status: 'SENT' });
  });

  it('uses the database named in the URL, else msa_notifications', () => {
    expect(mongoDatabaseName('mongodb://mongo:27017/notify_log?authSource=admin')).toBe('notify_log');
    expect(mongoDatabaseName('mongodb+srv://user:pw@cluster.example.net/?retryWrites=true')).toBe(
      'msa_notifications',
    );
    expect(mongoDatabaseName('mongodb://a:1,b:2')).toBe('msa_notifications');
  });
});
