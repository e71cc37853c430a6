import { describe, expect, it } from 'vitest';
import type { Identity } from '@msa/auth';
import {
  identityClass,
  sharedEventResolution,
  sharingKey,
  type EventCompletionInputs,
} from './shared-event-resolution';
import type { SubscriptionEvent } from './resolve-event';

const ada: Identity = { userId: 'u1', role: 'CUSTOMER', kind: 'user', sessionVersion: 3 };
const base: EventCompletionInputs = {
  identity: ada,
  source: 'subscription($id: ID!) { orderUpdated(orderId: $id) { status customer { email } } }',
  operationName: undefined,
  variables: { id: 'o1' },
  event: { data: { orderUpdated: { status: 'PAID', customer: { __typename: 'User', id: 'u1' } } } },
};

describe('which subscribers may share an event completion', () => {
  it('groups the same user, selection and event, whatever token or device carries them', () => {
    expect(sharingKey(base)).toBe(sharingKey({ ...base, identity: { ...ada } }));
  });

  it.each<[string, Partial<EventCompletionInputs>]>([
    ['another user', { identity: { ...ada, userId: 'u2' } }],
    ['another role', { identity: { ...ada, role: 'ADMIN' } }],
    ['another session version', { identity: { ...ada, sessionVersion: 4 } }],
    ['an anonymous subscriber', { identity: null }],
    ['another document', { source: base.source.replace('status ', '') }],
    ['another operation name', { operationName: 'Named' }],
    ['other variables', { variables: { id: 'o2' } }],
    ['another event', { event: { data: { orderUpdated: { status: 'CANCELLED' } } } }],
  ])('keeps %s apart', (_label, change) => {
    expect(sharingKey({ ...base, ...change })).not.toBe(sharingKey(base));
  });

  it('tells service identities apart by their scopes, in any order', () => {
    const worker: Identity = { userId: 'svc', role: 'SERVICE', kind: 'service', scopes: ['a', 'b'] as never };
    expect(identityClass(worker)).toBe(identityClass({ ...worker, scopes: ['b', 'a'] as never }));
    expect(identityClass(worker)).not.toBe(identityClass({ ...worker, scopes: ['a'] as never }));
  });
});

describe('sharing a completion while it runs', () => {
  it('runs once for callers that arrive while it is in flight, and again afterwards', async () => {
    const sharing = sharedEventResolution();
    let runs = 0;
    let finish: (event: SubscriptionEvent) => void = () => {};
    const complete = () => {
      runs += 1;
      return new Promise<SubscriptionEvent>((resolve) => (finish = resolve));
    };
    const first = sharing.run('k', complete);
    const second = sharing.run('k', complete);
    const other = sharing.run('other', () => Promise.resolve({ data: null }));
    expect(runs).toBe(1);
    finish({ data: { ok: true } });
    expect(await first).toEqual({ data: { ok: true } });
    expect(await second).toBe(await first);
    expect(await other).toEqual({ data: null });
    expect(sharing.inFlight).toBe(0);
    const later = sharing.run('k', complete);
    finish({ data: null });
    expect(await later).toEqual({ data: null });
    expect(runs).toBe(2);
  });

  it('passes a failure to every caller and forgets it', async () => {
    const sharing = sharedEventResolution();
    const failing = () => Promise.reject(new Error('users down'));
    const results = await Promise.allSettled([sharing.run('k', failing), sharing.run('k', failing)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(sharing.inFlight).toBe(0);
  });
});
