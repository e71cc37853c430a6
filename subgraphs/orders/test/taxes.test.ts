import { randomUUID } from 'node:crypto';
import { errorCode, expectData, graphqlRequest } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, OrdersHarness, type Customer } from './support/orders-harness';
import { returnClient } from './support/return-client';

const RATE_FIELDS = 'id country region rate taxShipping';
const TAX_RATES = `query($first: Int, $after: String) {
  taxRates(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${RATE_FIELDS} } }
}`;
const SET_TAX_RATE = `mutation($input: SetTaxRateInput!) {
  setTaxRate(input: $input) { taxRate { ${RATE_FIELDS} } userErrors { code field message } }
}`;
const REMOVE_TAX_RATE = `mutation($id: ID!) {
  removeTaxRate(id: $id) { taxRate { ${RATE_FIELDS} } userErrors { code field message } }
}`;
const SUMMARY = `query($input: CheckoutSummaryInput!) {
  checkoutSummary(input: $input) {
    subtotal { amount currency } discountTotal { amount } shippingTotal { amount }
    taxTotal { amount } taxLines { name rate amount { amount } } total { amount }
  }
}`;
const ORDER_TAX = `query($id: ID!) {
  order(id: $id) { total { amount } taxTotal { amount } taxLines { name rate amount { amount } } }
}`;

interface TaxRateView {
  id: string;
  country: string;
  region: string | null;
  rate: number;
  taxShipping: boolean;
}
interface TaxRatePayloadView {
  taxRate: TaxRateView | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}
interface SummaryView {
  subtotal: { amount: number; currency: string };
  discountTotal: { amount: number };
  shippingTotal: { amount: number };
  taxTotal: { amount: number };
  taxLines: { name: string; rate: number; amount: { amount: number } }[];
  total: { amount: number };
}

/**
 * 3 × $10 and 1 × $30, $6 off, $5 shipping to London. The discount splits 300 / 300, so the line bases are
 * 2700 and 2700: at GB's 20 % with shipping taxed the base is 5900 and the tax 1180 (540 + 540 + 100); at a
 * 10 % regional rate without shipping it is 540.
 */
const LINES: Record<string, [number, number]> = { 'v-a': [3, 1000], 'v-b': [1, 3000] };
const EXTRAS = { discounts: [{ promotionId: 'p-1', code: 'SAVE6', label: '$6 off', amount: 600 }] };

describe('taxes', () => {
  let h: OrdersHarness;
  let admin: string;

  const asAdmin = <T>(query: string, variables: Record<string, unknown>, token = admin) =>
    graphqlRequest<T>(h.url, query, variables, { token });
  const setRate = async (input: Record<string, unknown>) =>
    expectData(await asAdmin<{ setTaxRate: TaxRatePayloadView }>(SET_TAX_RATE, { input })).setTaxRate;
  const summary = (customer: Customer | null, cartId: string, rateId: string, region?: string) =>
    graphqlRequest<{ checkoutSummary: SummaryView }>(
      h.url,
      SUMMARY,
      {
        input: {
          cartId,
          shippingRateId: rateId,
          destination: { country: ADDRESS.country, postalCode: ADDRESS.postalCode, region },
        },
      },
      customer ? { token: customer.token } : {},
    );

  beforeAll(async () => {
    h = await OrdersHarness.start();
    admin = await h.keys.tokenFor('ADMIN');
  });
  afterAll(() => h?.close());

  it('lets only administrators read and change the tax table', async () => {
    const customer = await h.customer();
    const staff = await h.keys.tokenFor('STAFF');
    for (const token of [customer.token, staff]) {
      expect(errorCode(await asAdmin(TAX_RATES, {}, token))).toBe('FORBIDDEN');
      expect(errorCode(await asAdmin(SET_TAX_RATE, { input: { country: 'FR', rate: 0.2 } }, token))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await asAdmin(REMOVE_TAX_RATE, { id: randomUUID() }, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await graphqlRequest(h.url, TAX_RATES))).toBe('UNAUTHENTICATED');
    expect(
      expectData(await asAdmin<{ taxRates: { totalCount: number } }>(TAX_RATES, {})).taxRates.totalCount,
    ).toBe(0);
  });

  it('validates rates, upserts per country and region, pages and removes them', async () => {
    const invalid = await setRate({ country: 'XX', region: 'not a code', rate: 1.2 });
    expect(invalid.taxRate).toBeNull();
    expect(invalid.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID_COUNTRY', ['input', 'country']],
      ['INVALID_REGION', ['input', 'region']],
      ['INVALID_RATE', ['input', 'rate']],
    ]);
    expect((await setRate({ country: 'FR', rate: 0.1234567 })).userErrors.map((e) => e.code)).toEqual([
      'INVALID_RATE',
    ]);

    const france = (await setRate({ country: ' fr ', rate: 0.2, taxShipping: true })).taxRate!;
    expect(france).toMatchObject({ country: 'FR', region: null, rate: 0.2, taxShipping: true });
    const corsica = (await setRate({ country: 'FR', region: 'h', rate: 0.13 })).taxRate!;
    expect(corsica).toMatchObject({ country: 'FR', region: 'H', rate: 0.13, taxShipping: false });
    // The same country and region again changes the rate rather than adding one.
    const changed = (await setRate({ country: 'FR', rate: 0.055, region: '' })).taxRate!;
    expect(changed).toMatchObject({ id: france.id, rate: 0.055, taxShipping: false });

    const first = expectData(
      await asAdmin<{
        taxRates: { totalCount: number; pageInfo: { endCursor: string }; nodes: TaxRateView[] };
      }>(TAX_RATES, { first: 1 }),
    ).taxRates;
    expect(first.totalCount).toBe(2);
    expect(first.nodes.map((rate) => rate.id)).toEqual([corsica.id]);
    const second = expectData(
      await asAdmin<{ taxRates: { nodes: TaxRateView[] } }>(TAX_RATES, {
        first: 1,
        after: first.pageInfo.endCursor,
      }),
    ).taxRates;
    expect(second.nodes.map((rate) => rate.id)).toEqual([france.id]);

    const removed = expectData(
      await asAdmin<{ removeTaxRate: TaxRatePayloadView }>(REMOVE_TAX_RATE, { id: corsica.id }),
    ).removeTaxRate;
    expect(removed).toEqual({ taxRate: expect.objectContaining({ id: corsica.id }), userErrors: [] });
    for (const id of [corsica.id, 'not-a-uuid']) {
      const again = expectData(
        await asAdmin<{ removeTaxRate: TaxRatePayloadView }>(REMOVE_TAX_RATE, { id }),
      ).removeTaxRate;
      expect(again.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    }
    expect(errorCode(await asAdmin(REMOVE_TAX_RATE, { id: france.id }))).toBeUndefined();
  });

  it('previews checkout with the destination’s tax, for the cart’s owner only', async () => {
    const customer = await h.customer();
    const cartId = h.cartFor(customer, LINES, EXTRAS);
    const rateId = h.rate();

    // No rate for GB yet: tax-exempt.
    expect(expectData(await summary(customer, cartId, rateId)).checkoutSummary).toMatchObject({
      taxTotal: { amount: 0 },
      taxLines: [],
      total: { amount: 5900 },
    });

    await setRate({ country: 'GB', rate: 0.2, taxShipping: true });
    await setRate({ country: 'GB', region: 'SCT', rate: 0.1, taxShipping: false });
    expect(expectData(await summary(customer, cartId, rateId)).checkoutSummary).toEqual({
      subtotal: { amount: 6000, currency: 'USD' },
      discountTotal: { amount: 600 },
      shippingTotal: { amount: 500 },
      taxTotal: { amount: 1180 },
      taxLines: [{ name: 'Tax GB', rate: 0.2, amount: { amount: 1180 } }],
      total: { amount: 7080 },
    });
    // The region's own rate beats the country's.
    expect(expectData(await summary(customer, cartId, rateId, 'sct')).checkoutSummary).toMatchObject({
      taxLines: [{ name: 'Tax GB-SCT', rate: 0.1, amount: { amount: 540 } }],
      total: { amount: 6440 },
    });

    // Someone else's cart, or a customer's cart without signing in, is not found.
    expect(errorCode(await summary(await h.customer(), cartId, rateId))).toBe('NOT_FOUND');
    expect(errorCode(await summary(null, cartId, rateId))).toBe('NOT_FOUND');
    // A cart whose discounts cannot be read is a service that is unavailable, not an internal error.
    const unreadable = h.cartFor(customer, LINES, EXTRAS);
    h.router.failDiscountsOf(unreadable);
    expect(errorCode(await summary(customer, unreadable, rateId))).toBe('SUBGRAPH_UNAVAILABLE');
    // A rate checkout would refuse is refused here too, with checkout's reason.
    const expired = await summary(customer, cartId, h.rate(500, new Date(Date.now() - 1000).toISOString()));
    expect(errorCode(expired)).toBe('BAD_USER_INPUT');
    expect(expired.errors?.[0]?.extensions?.reason).toBe('SHIPPING_RATE_INVALID');
    const malformed = await graphqlRequest(
      h.url,
      SUMMARY,
      { input: { cartId, shippingRateId: rateId, destination: { country: 'Britain', postalCode: 'X' } } },
      { token: customer.token },
    );
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
  });

  it('freezes the tax on the order, charges it, and pays a returned line’s tax share back', async () => {
    await setRate({ country: 'GB', rate: 0.2, taxShipping: true });
    const customer = await h.customer();
    const placed = await h.placeOrder(customer, LINES, EXTRAS);
    await h.services.succeed(placed.id, 'payments.authorize');
    const authorize = (await h.commandsFor(placed.id)).find(
      (command) => command.name === 'payments.authorize',
    )!;
    expect(authorize.payload).toMatchObject({ amount: 7080 });

    // A later rate change leaves the placed order alone.
    await setRate({ country: 'GB', rate: 0.25, taxShipping: true });
    const frozen = expectData(
      await graphqlRequest<{ order: { total: { amount: number }; taxTotal: { amount: number } } }>(
        h.url,
        ORDER_TAX,
        { id: placed.id },
        { token: customer.token },
      ),
    ).order;
    expect(frozen).toEqual({
      total: { amount: 7080 },
      taxTotal: { amount: 1180 },
      taxLines: [{ name: 'Tax GB', rate: 0.2, amount: { amount: 1180 } }],
    });

    await h.services.succeed(placed.id, 'inventory.commit');
    await h.waitForStatus(placed.id, 'CONFIRMED');
    const delivered = await h.deliver(placed.id);
    const lineA = delivered.lines.find((line) => line.variant.id === 'v-a')!.id;
    const requested = expectData(
      await returnClient(h.url).request(
        placed.id,
        [{ orderLineId: lineA, quantity: 2 }],
        'Too big',
        customer.token,
      ),
    ).requestReturn!;
    // Line a: 2700 paid + 540 tax for 3 units; two of them refund 2160.
    expect(requested.userErrors).toEqual([]);
    expect(requested.return!.refundAmount.amount).toBe(2160);
  });
});
