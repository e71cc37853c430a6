import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectData, graphqlRequest } from '@msa/testing';
import { redeemPromotions } from '../src/services/redeem-promotions';
import { unredeemPromotions } from '../src/services/unredeem-promotions';
import { PromotionsHarness } from './support/promotions-harness';

const PROMOTION_FIELDS = `id name code currency status active stackable priority usageLimit perCustomerLimit usageCount startsAt endsAt
  conditions { kind minSubtotal { amount } minQuantity productIds categoryIds }
  actions { kind percent amount { amount } maxAmount { amount } productIds categoryIds buyQuantity getQuantity maxApplications }`;
const CREATE = `mutation Create($input: CreatePromotionInput!) {
  createPromotion(input: $input) { promotion { ${PROMOTION_FIELDS} } userErrors { code field message } }
}`;
const UPDATE = `mutation Update($id: ID!, $input: UpdatePromotionInput!) {
  updatePromotion(id: $id, input: $input) { promotion { ${PROMOTION_FIELDS} } userErrors { code field message } }
}`;
const DEACTIVATE = `mutation Deactivate($id: ID!) {
  deactivatePromotion(id: $id) { promotion { id active status } userErrors { code field } }
}`;
const LIST = `query List($first: Int, $after: String, $filter: PromotionFilter) {
  promotions(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } nodes { id } }
}`;
const STATS = `query Stats($id: ID!) {
  promotionStats(id: $id) { promotion { id code usageCount } redemptions customers discountTotal { amount currency } revenue { amount currency formatted } }
}`;

interface Payload {
  promotion: Record<string, unknown> & { id: string };
  userErrors: { code: string; field: string[]; message: string }[];
}

describe('promotions administration', () => {
  let h: PromotionsHarness;
  let admin: string;

  beforeAll(async () => {
    h = await PromotionsHarness.start();
    admin = await h.keys.tokenFor('ADMIN');
  });
  afterAll(() => h?.stop());

  const create = async (input: Record<string, unknown>, token = admin) =>
    expectData(await graphqlRequest<{ createPromotion: Payload }>(h.url, CREATE, { input }, { token }))
      .createPromotion;
  const update = async (id: string, input: Record<string, unknown>) =>
    expectData(
      await graphqlRequest<{ updatePromotion: Payload }>(h.url, UPDATE, { id, input }, { token: admin }),
    ).updatePromotion;

  it('creates a promotion with conditions, actions, a flash-sale window and limits', async () => {
    const startsAt = new Date(Date.now() + 3_600_000).toISOString();
    const endsAt = new Date(Date.now() + 7_200_000).toISOString();
    const { promotion, userErrors } = await create({
      name: 'Flash: shoes',
      code: 'flash-shoes',
      conditions: [{ minSubtotal: 3000 }, { categoryIds: ['footwear'] }, { firstOrder: true }],
      actions: [
        { linesPercentOff: { percent: 12.5, maxAmount: 2000, categoryIds: ['footwear'] } },
        { buyXGetY: { buyQuantity: 2, getQuantity: 1, maxApplications: 1 } },
        { freeShipping: true },
      ],
      startsAt,
      endsAt,
      usageLimit: 100,
      perCustomerLimit: 1,
      stackable: true,
      priority: 5,
    });
    expect(userErrors).toEqual([]);
    expect(promotion).toMatchObject({
      name: 'Flash: shoes',
      code: 'FLASH-SHOES',
      currency: 'USD',
      status: 'SCHEDULED',
      active: true,
      stackable: true,
      priority: 5,
      usageLimit: 100,
      perCustomerLimit: 1,
      usageCount: 0,
      startsAt,
      endsAt,
      conditions: [
        {
          kind: 'MIN_SUBTOTAL',
          minSubtotal: { amount: 3000 },
          minQuantity: null,
          productIds: [],
          categoryIds: [],
        },
        {
          kind: 'CATEGORIES',
          minSubtotal: null,
          minQuantity: null,
          productIds: [],
          categoryIds: ['footwear'],
        },
        { kind: 'FIRST_ORDER', minSubtotal: null, minQuantity: null, productIds: [], categoryIds: [] },
      ],
      actions: [
        {
          kind: 'LINES_PERCENT_OFF',
          percent: 12.5,
          amount: null,
          maxAmount: { amount: 2000 },
          categoryIds: ['footwear'],
          productIds: [],
        },
        { kind: 'BUY_X_GET_Y', percent: 100, buyQuantity: 2, getQuantity: 1, maxApplications: 1 },
        { kind: 'FREE_SHIPPING', percent: null, amount: null },
      ],
    });
  });

  it('validates input with userErrors: field paths, every problem at once, codes unique in any case', async () => {
    const invalid = await create({
      name: ' ',
      code: 'no spaces',
      actions: [{ orderPercentOff: { percent: 150 } }, {}],
      usageLimit: 0,
    });
    expect(invalid.promotion).toBeNull();
    expect(invalid.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID_NAME', 'input.name'],
      ['INVALID_CODE', 'input.code'],
      ['INVALID_LIMIT', 'input.usageLimit'],
      ['INVALID_ACTION', 'input.actions.0.orderPercentOff'],
      ['INVALID_ACTION', 'input.actions.1'],
    ]);
    await create({ name: 'Original', code: 'UNIQUE1', actions: [{ orderAmountOff: { amount: 100 } }] });
    const taken = await create({
      name: 'Copy',
      code: 'unique1',
      actions: [{ orderAmountOff: { amount: 100 } }],
    });
    expect(taken.userErrors).toEqual([
      { code: 'CODE_TAKEN', field: ['input', 'code'], message: 'Another promotion already uses this code.' },
    ]);
  });

  it('updates only what is given, validates the merged whole, and never sets a limit below the uses held', async () => {
    const { promotion } = await create({
      name: 'Spring',
      code: 'SPRING',
      usageLimit: 5,
      actions: [{ orderPercentOff: { percent: 15 } }],
    });
    await create({ name: 'Summer', code: 'SUMMER', actions: [{ orderPercentOff: { percent: 15 } }] });
    for (const customerId of ['a', 'b', 'c']) {
      await redeemPromotions(h.db, {
        orderId: randomUUID(),
        customerId,
        redemptions: [{ promotionId: promotion.id, code: 'SPRING', amount: 100 }],
      });
    }

    const renamed = await update(promotion.id, {
      name: 'Spring sale',
      priority: 3,
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(renamed.userErrors).toEqual([]);
    expect(renamed.promotion).toMatchObject({
      name: 'Spring sale',
      code: 'SPRING',
      priority: 3,
      usageLimit: 5,
      usageCount: 3,
      actions: [{ kind: 'ORDER_PERCENT_OFF', percent: 15 }],
    });

    expect((await update(promotion.id, { usageLimit: 2 })).userErrors.map((e) => e.code)).toEqual([
      'USAGE_LIMIT_BELOW_USAGE',
    ]);
    expect((await update(promotion.id, { code: 'summer' })).userErrors.map((e) => e.code)).toEqual([
      'CODE_TAKEN',
    ]);
    expect(
      (
        await update(promotion.id, { startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString() })
      ).userErrors.map((e) => e.field.join('.')),
    ).toEqual(['input.endsAt']);
    expect((await update(randomUUID(), { name: 'Ghost' })).userErrors.map((e) => e.code)).toEqual([
      'PROMOTION_NOT_FOUND',
    ]);

    const cleared = await update(promotion.id, {
      usageLimit: null,
      code: null,
      actions: [{ orderAmountOff: { amount: 250 } }],
    });
    expect(cleared.promotion).toMatchObject({
      usageLimit: null,
      code: null,
      actions: [{ kind: 'ORDER_AMOUNT_OFF', amount: { amount: 250 } }],
    });
  });

  it('deactivates (and reactivates through update)', async () => {
    const { promotion } = await create({ name: 'Short-lived', actions: [{ freeShipping: true }] });
    const off = expectData(
      await graphqlRequest<{ deactivatePromotion: { promotion: { active: boolean; status: string } } }>(
        h.url,
        DEACTIVATE,
        { id: promotion.id },
        { token: admin },
      ),
    );
    expect(off.deactivatePromotion.promotion).toMatchObject({ active: false, status: 'INACTIVE' });
    expect((await update(promotion.id, { active: true })).promotion).toMatchObject({
      active: true,
      status: 'ACTIVE',
    });
    const missing = expectData(
      await graphqlRequest<{ deactivatePromotion: Payload }>(
        h.url,
        DEACTIVATE,
        { id: 'nope' },
        { token: admin },
      ),
    );
    expect(missing.deactivatePromotion.userErrors.map((e) => e.code)).toEqual(['PROMOTION_NOT_FOUND']);
  });

  it('lists newest first with cursors, a cap on page size, and filters', async () => {
    const search = `Paged ${randomUUID().slice(0, 8)}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1)
      ids.push(
        (await create({ name: `${search} ${i}`, actions: [{ orderAmountOff: { amount: 10 } }] })).promotion
          .id,
      );
    type List = {
      promotions: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    };
    const list = async (variables: Record<string, unknown>) =>
      graphqlRequest<List>(
        h.url,
        LIST,
        { filter: { search: search.toLowerCase() }, ...variables },
        { token: admin },
      );

    const first = expectData(await list({ first: 3 })).promotions;
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = expectData(await list({ first: 3, after: first.pageInfo.endCursor })).promotions;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual([...ids].reverse());

    expect(errorCode(await list({ first: 101 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await list({ after: 'garbage' }))).toBe('BAD_USER_INPUT');
    const inactive = expectData(await list({ filter: { search, active: false } })).promotions;
    expect(inactive.totalCount).toBe(0);
  });

  it('reports stats from redemptions: compensated orders excluded, revenue from order totals', async () => {
    const { promotion } = await create({
      name: 'Stats',
      code: 'STATS',
      actions: [{ orderPercentOff: { percent: 10 } }],
    });
    const order = (customerId: string, amount: number, orderTotal: number) => ({
      orderId: randomUUID(),
      customerId,
      orderTotal,
      currency: 'USD',
      redemptions: [{ promotionId: promotion.id, code: 'STATS', amount }],
    });
    const [kept, alsoKept, compensated] = [
      order('ann', 500, 4500),
      order('ann', 300, 2700),
      order('ben', 900, 8100),
    ];
    for (const command of [kept, alsoKept, compensated]) await redeemPromotions(h.db, command);
    await unredeemPromotions(h.db, { orderId: compensated.orderId, reason: 'payment declined' });

    const stats = expectData(
      await graphqlRequest<{ promotionStats: Record<string, unknown> }>(
        h.url,
        STATS,
        { id: promotion.id },
        { token: await h.keys.tokenFor('STAFF') },
      ),
    );
    expect(stats.promotionStats).toEqual({
      promotion: { id: promotion.id, code: 'STATS', usageCount: 2 },
      redemptions: 2,
      customers: 1,
      discountTotal: { amount: 800, currency: 'USD' },
      revenue: { amount: 7200, currency: 'USD', formatted: '$72.00' },
    });
    expect(errorCode(await graphqlRequest(h.url, STATS, { id: randomUUID() }, { token: admin }))).toBe(
      'NOT_FOUND',
    );
  });

  it('lets staff read, only admins write; customers are FORBIDDEN and guests UNAUTHENTICATED', async () => {
    const [customer, staff] = [await h.keys.tokenFor('CUSTOMER'), await h.keys.tokenFor('STAFF')];
    const input = { name: 'Nope', actions: [{ freeShipping: true }] };
    const { promotion } = await create({ name: 'Guarded', actions: [{ freeShipping: true }] });

    expect(errorCode(await graphqlRequest(h.url, CREATE, { input }, { token: customer }))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(h.url, CREATE, { input }, { token: staff }))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(h.url, CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(
        await graphqlRequest(h.url, UPDATE, { id: promotion.id, input: { name: 'x' } }, { token: customer }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await graphqlRequest(h.url, DEACTIVATE, { id: promotion.id }, { token: customer })),
    ).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(h.url, LIST, {}, { token: customer }))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(h.url, STATS, { id: promotion.id }, { token: customer }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await graphqlRequest(h.url, LIST, {}))).toBe('UNAUTHENTICATED');
    expect(
      expectData(
        await graphqlRequest<{ promotions: { totalCount: number } }>(h.url, LIST, {}, { token: staff }),
      ).promotions.totalCount,
    ).toBeGreaterThan(0);
    expect((await h.db.promotion.findUniqueOrThrow({ where: { id: promotion.id } })).name).toBe('Guarded');
  });
});
