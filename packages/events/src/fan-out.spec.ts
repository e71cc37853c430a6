import { describe, expect, it } from 'vitest';
import { groupByQueue, planDelivery, type MessageRoutes, type OutboxRow } from './fan-out';
import { EVENT_SUBSCRIBERS } from './event-catalog';

const routes: MessageRoutes = {
  eventSubscribers: { 'thing.happened': ['alpha', 'beta', 'alpha'], 'thing.ignored': [] },
  commandOwners: { 'thing.do': 'gamma' },
};

function row(overrides: Partial<OutboxRow>): OutboxRow {
  return {
    id: '2f0b3c8e-6d0a-4c5e-9a55-0d8f4a1c7b11',
    kind: 'event',
    name: 'thing.happened',
    payload: { thingId: 't1' },
    createdAt: new Date('2026-11-24T10:00:00.000Z'),
    ...overrides,
  };
}

describe('planDelivery', () => {
  it('fans an event out to each subscriber queue once, with the outbox id as job id', () => {
    const plan = planDelivery(row({}), routes);
    expect(plan.problem).toBeNull();
    expect(plan.deliveries.map((d) => d.queue)).toEqual(['events.alpha', 'events.beta']);
    for (const delivery of plan.deliveries) {
      expect(delivery.jobId).toBe('2f0b3c8e-6d0a-4c5e-9a55-0d8f4a1c7b11');
      expect(delivery.jobName).toBe('thing.happened');
      expect(delivery.data).toEqual({
        id: '2f0b3c8e-6d0a-4c5e-9a55-0d8f4a1c7b11',
        name: 'thing.happened',
        payload: { thingId: 't1' },
        occurredAt: '2026-11-24T10:00:00.000Z',
      });
    }
  });

  it('delivers an event nobody subscribes to nowhere, without calling it a problem', () => {
    expect(planDelivery(row({ name: 'thing.ignored' }), routes)).toEqual({ deliveries: [], problem: null });
  });

  it('sends a command to its owner only', () => {
    const plan = planDelivery(row({ kind: 'command', name: 'thing.do' }), routes);
    expect(plan.problem).toBeNull();
    expect(plan.deliveries.map((d) => d.queue)).toEqual(['commands.gamma']);
  });

  it('reports unknown names and kinds instead of delivering them', () => {
    expect(planDelivery(row({ name: 'thing.unknown' }), routes).problem).toMatch(
      /Unknown event "thing.unknown"/,
    );
    expect(planDelivery(row({ kind: 'command', name: 'thing.happened' }), routes).problem).toMatch(
      /Unknown command/,
    );
    expect(planDelivery(row({ kind: 'query' }), routes).problem).toMatch(/Unknown outbox kind "query"/);
    // Inherited object keys are not catalog entries.
    expect(planDelivery(row({ name: 'constructor' }), routes).problem).toMatch(/Unknown event/);
    expect(planDelivery(row({ kind: 'command', name: 'toString' }), routes).problem).toMatch(
      /Unknown command/,
    );
  });

  it('uses the catalog by default', () => {
    const plan = planDelivery(row({ name: 'product.variant.changed' }));
    expect(plan.deliveries.map((d) => d.queue).sort()).toEqual(
      EVENT_SUBSCRIBERS['product.variant.changed'].map((s) => `events.${s}`).sort(),
    );
  });
});

describe('groupByQueue', () => {
  it('keeps outbox order inside each queue', () => {
    const first = planDelivery(row({ id: 'a' }), routes).deliveries;
    const second = planDelivery(row({ id: 'b' }), routes).deliveries;
    const groups = groupByQueue([...first, ...second]);
    expect([...groups.keys()]).toEqual(['events.alpha', 'events.beta']);
    expect(groups.get('events.alpha')!.map((d) => d.jobId)).toEqual(['a', 'b']);
    expect(groups.get('events.beta')!.map((d) => d.jobId)).toEqual(['a', 'b']);
  });
});
