import { describe, expect, it } from 'vitest';
import type { OrderStatus } from './order-status';
import { planReturn, returnInputProblem, type ReturnRequestFacts } from './return-policy';

const deliveredAt = new Date('2026-11-01T10:00:00.000Z');
const order = (status: OrderStatus = 'DELIVERED', delivered: Date | null = deliveredAt) => ({
  status,
  deliveredAt: delivered,
  discountTotal: 600,
  lines: [
    { id: 'l-a', variantId: 'v-a', quantity: 3, lineTotal: 3000 },
    { id: 'l-b', variantId: 'v-b', quantity: 1, lineTotal: 3000 },
  ],
});

const facts = (overrides: Partial<ReturnRequestFacts> = {}): ReturnRequestFacts => ({
  order: order(),
  alreadyReturned: new Map(),
  requested: [{ orderLineId: 'l-a', quantity: 1 }],
  now: new Date('2026-11-10T10:00:00.000Z'),
  windowDays: 30,
  ...overrides,
});

const codes = (result: ReturnType<typeof planReturn>) =>
  result.ok ? [] : result.problems.map((problem) => [problem.code, problem.field?.join('.')]);

describe('return requests', () => {
  it('plans the returned units with their prorated refund', () => {
    // Line a paid 3000 − 300 = 2700 for 3 units; line b 3000 − 300 = 2700 for 1.
    expect(
      planReturn(
        facts({
          requested: [
            { orderLineId: 'l-a', quantity: 2 },
            { orderLineId: 'l-b', quantity: 1 },
          ],
        }),
      ),
    ).toEqual({
      ok: true,
      refundAmount: 4500,
      lines: [
        { orderLineId: 'l-a', variantId: 'v-a', quantity: 2, refundAmount: 1800 },
        { orderLineId: 'l-b', variantId: 'v-b', quantity: 1, refundAmount: 2700 },
      ],
    });
  });

  it('counts units returned before, for both the limit and the refund', () => {
    const later = planReturn(
      facts({ alreadyReturned: new Map([['l-a', 2]]), requested: [{ orderLineId: 'l-a', quantity: 1 }] }),
    );
    expect(later).toMatchObject({ ok: true, refundAmount: 900 });
    const tooMany = planReturn(
      facts({ alreadyReturned: new Map([['l-a', 2]]), requested: [{ orderLineId: 'l-a', quantity: 2 }] }),
    );
    expect(codes(tooMany)).toEqual([['INVALID_RETURN_QUANTITY', 'lines.0.quantity']]);
    expect(tooMany.ok ? '' : tooMany.problems[0]!.message).toBe('Return between 1 and 1 of this item.');
    const none = planReturn(
      facts({ alreadyReturned: new Map([['l-b', 1]]), requested: [{ orderLineId: 'l-b', quantity: 1 }] }),
    );
    expect(none.ok ? '' : none.problems[0]!.message).toBe(
      'Every unit of this line has already been returned.',
    );
  });

  it('refuses zero, negative and excessive quantities and unknown lines, reporting each', () => {
    const result = planReturn(
      facts({
        requested: [
          { orderLineId: 'l-a', quantity: 0 },
          { orderLineId: 'l-b', quantity: 2 },
          { orderLineId: 'l-x', quantity: 1 },
        ],
      }),
    );
    expect(codes(result)).toEqual([
      ['INVALID_RETURN_QUANTITY', 'lines.0.quantity'],
      ['INVALID_RETURN_QUANTITY', 'lines.1.quantity'],
      ['UNKNOWN_ORDER_LINE', 'lines.2.orderLineId'],
    ]);
  });

  it('accepts requests until the end of the window and refuses them after it', () => {
    const lastMoment = new Date(deliveredAt.getTime() + 30 * 24 * 3600 * 1000);
    expect(planReturn(facts({ now: lastMoment })).ok).toBe(true);
    const late = planReturn(facts({ now: new Date(lastMoment.getTime() + 1) }));
    expect(codes(late)).toEqual([['RETURN_WINDOW_CLOSED', 'orderId']]);
    expect(late.ok ? '' : late.problems[0]!.message).toBe(
      'Returns are accepted for 30 days after delivery; the window closed on 2026-12-01.',
    );
    expect(planReturn(facts({ now: new Date(lastMoment.getTime() + 1), windowDays: 60 })).ok).toBe(true);
  });

  it('only takes orders that were delivered, including ones already partly returned', () => {
    for (const status of ['PENDING', 'CONFIRMED', 'SHIPPED', 'CANCELLED'] as const)
      expect(codes(planReturn(facts({ order: order(status) })))).toEqual([
        ['ORDER_NOT_DELIVERED', 'orderId'],
      ]);
    for (const status of ['DELIVERED', 'RETURN_REQUESTED', 'RETURNED', 'REFUNDED'] as const)
      expect(planReturn(facts({ order: order(status) })).ok).toBe(true);
    expect(codes(planReturn(facts({ order: order('DELIVERED', null) })))).toEqual([
      ['ORDER_NOT_DELIVERED', 'orderId'],
    ]);
  });

  it('names malformed input for BAD_USER_INPUT', () => {
    expect(returnInputProblem([], 'broken')?.message).toBe('lines must name at least one order line');
    expect(
      returnInputProblem(
        [
          { orderLineId: 'a', quantity: 1 },
          { orderLineId: 'a', quantity: 1 },
        ],
        'broken',
      )?.message,
    ).toBe('each order line may appear once in lines');
    expect(returnInputProblem([{ orderLineId: 'a', quantity: 1 }], '  ')?.field).toEqual(['reason']);
    expect(returnInputProblem([{ orderLineId: 'a', quantity: 1 }], 'x'.repeat(1001))?.field).toEqual([
      'reason',
    ]);
    expect(returnInputProblem([{ orderLineId: 'a', quantity: 1 }], 'Too small')).toBeNull();
  });
});
