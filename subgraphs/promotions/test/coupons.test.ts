import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectData, graphqlRequest, eventually } from '@msa/testing';
import { redeemPromotions } from '../src/services/redeem-promotions';
import { PromotionsHarness } from './support/promotions-harness';

const APPLY = `mutation Apply($cartId: ID!, $code: String!) {
  applyCoupon(cartId: $cartId, code: $code) { cart { id } userErrors { code field message } }
}`;
const REMOVE = `mutation Remove($cartId: ID!, $code: String!) {
  removeCoupon(cartId: $cartId, code: $code) { cart { id } userErrors { code field message } }
}`;
const CART_ENTITIES = `query Carts($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Cart {
      id
      discounts { promotionId code label amount { amount currency formatted } freeShipping }
      discountTotal { amount }
      total { amount currency }
      freeShipping
      couponCodes
      coupons { code applied reason message }
    }
  }
}`;

interface ApplyResult {
  applyCoupon: {
    cart: { id: string } | null;
    userErrors: { code: string; field: string[]; message: string }[];
  };
}
interface CartView {
  id: string;
  discounts: {
    promotionId: string;
    code: string | null;
    label: string;
    amount: { amount: number; currency: string; formatted: string };
    freeShipping: boolean;
  }[];
  discountTotal: { amount: number };
  total: { amount: number; currency: string };
  freeShipping: boolean;
  couponCodes: string[];
  coupons: { code: string; applied: boolean; reason: string | null; message: string | null }[];
}

type Line = { variantId: string; quantity: number; unitPrice: number };
const cartOf = (id: string, lines: Line[]) => ({
  id,
  subtotal: { amount: lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0), currency: 'USD' },
  lines: lines.map((line) => ({
    quantity: line.quantity,
    unitPrice: { amount: line.unitPrice },
    variant: { id: line.variantId },
  })),
});

describe('coupons on carts and the Cart fields promotions adds', () => {
  let h: PromotionsHarness;

  beforeAll(async () => {
    h = await PromotionsHarness.start();
  });
  afterAll(() => h?.stop());

  const apply = (cartId: string, code: string, token?: string) =>
    graphqlRequest<ApplyResult>(h.url, APPLY, { cartId, code }, { token }).then(
      (r) => expectData(r).applyCoupon,
    );
  const errorsOf = async (cartId: string, code: string, token?: string) =>
    (await apply(cartId, code, token)).userErrors.map((e) => e.code);
  /** Reads carts the way the router does after fetching the @requires fields from the cart subgraph. */
  const readCarts = async (carts: ReturnType<typeof cartOf>[], token?: string) =>
    expectData(
      await graphqlRequest<{ _entities: CartView[] }>(
        h.url,
        CART_ENTITIES,
        { representations: carts.map((c) => ({ __typename: 'Cart', ...c })) },
        { token },
      ),
    )._entities;

  const guestCart = (lines: Line[]) => {
    const cart = cartOf(`cart-${randomUUID()}`, lines);
    h.carts.putGuestCart(cart);
    return cart;
  };
  const line = (unitPrice: number, quantity = 1, variantId = `variant-${randomUUID()}`): Line => ({
    variantId,
    quantity,
    unitPrice,
  });

  it('applies a code in any case, shows the discount on the cart, and applying it again changes nothing', async () => {
    const promotionId = await h.promotion({
      name: 'Ten percent',
      code: 'TENOFF',
      actions: [{ orderPercentOff: { percent: 10 } }],
    });
    const cart = guestCart([line(1999, 2), line(505)]);
    expect(await apply(cart.id, '  tenoff ')).toEqual({ cart: { id: cart.id }, userErrors: [] });
    expect(await apply(cart.id, 'TENOFF')).toEqual({ cart: { id: cart.id }, userErrors: [] });

    const [read] = await readCarts([cart]);
    expect(read).toEqual({
      id: cart.id,
      discounts: [
        {
          promotionId,
          code: 'TENOFF',
          label: 'Ten percent',
          amount: { amount: 450, currency: 'USD', formatted: '$4.50' },
          freeShipping: false,
        },
      ],
      discountTotal: { amount: 450 },
      total: { amount: 4503 - 450, currency: 'USD' },
      freeShipping: false,
      couponCodes: ['TENOFF'],
      coupons: [{ code: 'TENOFF', applied: true, reason: null, message: null }],
    });
  });

  it('refuses codes that do not apply, each with its reason', async () => {
    const soon = new Date(Date.now() + 3_600_000);
    await h.promotion({ code: 'LATER', startsAt: soon, actions: [{ orderAmountOff: { amount: 500 } }] });
    await h.promotion({
      code: 'BYGONE',
      startsAt: new Date(Date.now() - 7_200_000),
      endsAt: new Date(Date.now() - 3_600_000),
      actions: [{ orderAmountOff: { amount: 500 } }],
    });
    await h.promotion({
      code: 'BIGSPEND',
      conditions: [{ minSubtotal: 10_000 }],
      actions: [{ orderAmountOff: { amount: 500 } }],
    });
    await h.promotion({
      code: 'SHOESONLY',
      conditions: [{ productIds: ['shoes'] }],
      actions: [{ orderAmountOff: { amount: 500 } }],
    });
    const used = await h.promotion({
      code: 'USEDUP',
      usageLimit: 1,
      actions: [{ orderAmountOff: { amount: 500 } }],
    });
    await redeemPromotions(h.db, {
      orderId: randomUUID(),
      customerId: 'someone',
      redemptions: [{ promotionId: used, code: 'USEDUP', amount: 500 }],
    });
    const off = await h.promotion({ code: 'SWITCHEDOFF', actions: [{ orderAmountOff: { amount: 500 } }] });
    await h.db.promotion.update({ where: { id: off }, data: { active: false } });

    const cart = guestCart([line(2500)]);
    expect(await errorsOf(cart.id, 'NOSUCHCODE')).toEqual(['COUPON_NOT_FOUND']);
    expect(await errorsOf(cart.id, '!!')).toEqual(['COUPON_NOT_FOUND']);
    expect(await errorsOf(cart.id, 'LATER')).toEqual(['NOT_STARTED']);
    expect(await errorsOf(cart.id, 'BYGONE')).toEqual(['COUPON_EXPIRED']);
    expect(await errorsOf(cart.id, 'BIGSPEND')).toEqual(['MIN_SUBTOTAL_NOT_MET']);
    expect(await errorsOf(cart.id, 'SHOESONLY')).toEqual(['COUPON_NOT_APPLICABLE']);
    expect(await errorsOf(cart.id, 'USEDUP')).toEqual(['USAGE_LIMIT_REACHED']);
    expect(await errorsOf(cart.id, 'SWITCHEDOFF')).toEqual(['COUPON_INACTIVE']);
    expect((await apply(`cart-${randomUUID()}`, 'LATER')).userErrors).toEqual([
      { code: 'CART_NOT_FOUND', field: ['cartId'], message: 'This cart does not exist or has expired.' },
    ]);
    const refusal = await apply(cart.id, 'BIGSPEND');
    expect(refusal).toEqual({
      cart: { id: cart.id },
      userErrors: [
        {
          code: 'MIN_SUBTOTAL_NOT_MET',
          field: ['code'],
          message: 'Spend at least $100.00 to use this offer ($75.00 to go).',
        },
      ],
    });
    expect((await readCarts([cart]))[0]!.couponCodes).toEqual([]);
  });

  it('knows a customer’s first order and their own uses, from order events and redemptions', async () => {
    const welcome = await h.promotion({
      name: 'Welcome',
      code: 'FIRSTTIME',
      perCustomerLimit: 1,
      conditions: [{ firstOrder: true }],
      actions: [{ orderPercentOff: { percent: 10 } }],
    });
    const [newcomer, regular] = [randomUUID(), randomUUID()];
    const event = await h.sendEvent('order.status_changed', {
      orderId: randomUUID(),
      customerId: regular,
      from: 'PENDING',
      to: 'CONFIRMED',
      note: null,
    });
    expect(await eventually(() => h.jobState(h.events, event))).toBe('completed');

    const regularCart = cartOf(`cart-${randomUUID()}`, [line(3000)]);
    h.carts.putCustomerCart(regular, regularCart);
    expect(await errorsOf(regularCart.id, 'FIRSTTIME', await h.keys.tokenFor('CUSTOMER', regular))).toEqual([
      'FIRST_ORDER_ONLY',
    ]);

    const newcomerToken = await h.keys.tokenFor('CUSTOMER', newcomer);
    const newcomerCart = cartOf(`cart-${randomUUID()}`, [line(3000)]);
    h.carts.putCustomerCart(newcomer, newcomerCart);
    expect(await errorsOf(newcomerCart.id, 'FIRSTTIME', newcomerToken)).toEqual([]);
    expect(h.carts.authorizations.at(-1)).toBe(`Bearer ${newcomerToken}`);
    expect((await readCarts([newcomerCart], newcomerToken))[0]!.discountTotal).toEqual({ amount: 300 });

    // After checkout the code is spent: it leaves the cart, and entering it again says why not.
    await redeemPromotions(h.db, {
      orderId: randomUUID(),
      customerId: newcomer,
      redemptions: [{ promotionId: welcome, code: 'FIRSTTIME', amount: 300 }],
    });
    expect((await readCarts([newcomerCart], newcomerToken))[0]!.couponCodes).toEqual([]);
    expect(await errorsOf(newcomerCart.id, 'firsttime', newcomerToken)).toEqual([
      'CUSTOMER_USAGE_LIMIT_REACHED',
    ]);
  });

  it('keeps a customer’s cart coupons to its owner: others are refused, staff may read', async () => {
    await h.promotion({ code: 'MINEONLY', actions: [{ orderAmountOff: { amount: 100 } }] });
    const owner = randomUUID();
    const cart = cartOf(`cart-${randomUUID()}`, [line(1000)]);
    h.carts.putCustomerCart(owner, cart);
    const [ownerToken, strangerToken, staffToken] = [
      await h.keys.tokenFor('CUSTOMER', owner),
      await h.keys.tokenFor('CUSTOMER'),
      await h.keys.tokenFor('STAFF'),
    ];

    expect(await errorsOf(cart.id, 'MINEONLY', strangerToken)).toEqual(['CART_NOT_FOUND']);
    expect(await errorsOf(cart.id, 'MINEONLY')).toEqual(['CART_NOT_FOUND']);
    const staffApply = await graphqlRequest(
      h.url,
      APPLY,
      { cartId: cart.id, code: 'MINEONLY' },
      { token: staffToken },
    );
    expect(errorCode(staffApply)).toBe('FORBIDDEN');
    expect(await errorsOf(cart.id, 'MINEONLY', ownerToken)).toEqual([]);

    const direct = await graphqlRequest(
      h.url,
      CART_ENTITIES,
      { representations: [{ __typename: 'Cart', ...cart }] },
      { token: strangerToken },
    );
    expect(errorCode(direct)).toBe('FORBIDDEN');
    expect((await readCarts([cart], staffToken))[0]!.couponCodes).toEqual(['MINEONLY']);
    expect((await readCarts([cart], ownerToken))[0]!.discountTotal).toEqual({ amount: 100 });
  });

  it('prices by product and category from the catalog events, and says when a stored code stops applying', async () => {
    const [shoeVariant, mugVariant, shoes] = [randomUUID(), randomUUID(), randomUUID()];
    const announced = [
      await h.sendEvent('product.variant.changed', {
        variantId: shoeVariant,
        productId: shoes,
        sku: 'SHOE',
        price: 5000,
        currency: 'USD',
        purchasable: true,
        weightGrams: 900,
      }),
      await h.sendEvent('product.variant.changed', {
        variantId: mugVariant,
        productId: 'mug',
        sku: 'MUG',
        price: 1000,
        currency: 'USD',
        purchasable: true,
        weightGrams: 300,
      }),
      await h.sendEvent('product.changed', {
        productId: shoes,
        status: 'ACTIVE',
        categoryId: 'running',
        variantIds: [shoeVariant],
        categoryIds: ['apparel', 'footwear', 'running'],
      }),
    ];
    for (const id of announced) expect(await eventually(() => h.jobState(h.events, id))).toBe('completed');

    await h.promotion({
      name: 'Footwear BOGO half',
      code: 'FEET',
      stackable: true,
      priority: 1,
      actions: [{ buyXGetY: { buyQuantity: 1, getQuantity: 1, percent: 50, categoryIds: ['footwear'] } }],
    });
    await h.promotion({
      name: 'Free shipping over $50',
      stackable: true,
      conditions: [{ minSubtotal: 5000 }],
      actions: [{ freeShipping: true }],
    });
    const cart = guestCart([line(5000, 2, shoeVariant), line(1000, 1, mugVariant)]);
    expect(await errorsOf(cart.id, 'feet')).toEqual([]);

    const [priced] = await readCarts([cart]);
    expect(priced!.discounts.map((d) => [d.label, d.amount.amount, d.freeShipping])).toEqual([
      ['Footwear BOGO half', 2500, false],
      ['Free shipping over $50', 0, true],
    ]);
    expect(priced).toMatchObject({
      discountTotal: { amount: 2500 },
      total: { amount: 8500 },
      freeShipping: true,
    });

    // The same cart with one shoe left: the code stays entered but no longer applies, and says why.
    const [smaller] = await readCarts([{ ...cart, ...cartOf(cart.id, [line(5000, 1, shoeVariant)]) }]);
    expect(smaller!.coupons).toEqual([
      {
        code: 'FEET',
        applied: false,
        reason: 'COUPON_NOT_APPLICABLE',
        message: 'Nothing in your cart qualifies for this offer.',
      },
    ]);
    expect(smaller!.discounts.map((d) => d.label)).toEqual(['Free shipping over $50']);
  });

  it('prices several carts of one _entities request, each with its own coupons', async () => {
    await h.promotion({ code: 'FIVEOFF', actions: [{ orderAmountOff: { amount: 500 } }] });
    const [a, b] = [guestCart([line(2000)]), guestCart([line(3000)])];
    await apply(a.id, 'FIVEOFF');
    const carts = await readCarts([a, b]);
    expect(carts.map((c) => [c.id, c.couponCodes, c.total.amount])).toEqual([
      [a.id, ['FIVEOFF'], 1500],
      [b.id, [], 3000],
    ]);
  });

  it('removes a code, and reports one the cart does not have; the payload cart shows the change at once', async () => {
    await h.promotion({ code: 'REMOVEME', actions: [{ orderAmountOff: { amount: 100 } }] });
    const cart = guestCart([line(1000)]);
    const codesAfter = async (mutation: 'applyCoupon' | 'removeCoupon') => {
      const document = `mutation($cartId: ID!) { ${mutation}(cartId: $cartId, code: "removeme") { cart { couponCodes } userErrors { code } } }`;
      const data = expectData(
        await graphqlRequest<Record<string, { cart: { couponCodes: string[] }; userErrors: unknown[] }>>(
          h.url,
          document,
          { cartId: cart.id },
        ),
      );
      return data[mutation]!;
    };
    expect(await codesAfter('applyCoupon')).toEqual({ cart: { couponCodes: ['REMOVEME'] }, userErrors: [] });
    expect(await codesAfter('removeCoupon')).toEqual({ cart: { couponCodes: [] }, userErrors: [] });
    await apply(cart.id, 'REMOVEME');
    const removed = expectData(
      await graphqlRequest<{ removeCoupon: ApplyResult['applyCoupon'] }>(h.url, REMOVE, {
        cartId: cart.id,
        code: 'removeme',
      }),
    );
    expect(removed.removeCoupon).toEqual({ cart: { id: cart.id }, userErrors: [] });
    expect((await readCarts([cart]))[0]!.couponCodes).toEqual([]);
    const again = expectData(
      await graphqlRequest<{ removeCoupon: ApplyResult['applyCoupon'] }>(h.url, REMOVE, {
        cartId: cart.id,
        code: 'REMOVEME',
      }),
    );
    expect(again.removeCoupon.userErrors.map((e) => e.code)).toEqual(['COUPON_NOT_APPLIED']);
  });

  it('caps the codes per cart and explains codes beaten by a better exclusive offer', async () => {
    await h.promotion({ name: 'Half price', code: 'HALF', actions: [{ orderPercentOff: { percent: 50 } }] });
    await h.promotion({
      name: 'One dollar',
      code: 'ONEDOLLAR',
      actions: [{ orderAmountOff: { amount: 100 } }],
    });
    const cart = guestCart([line(4000)]);
    expect(await errorsOf(cart.id, 'HALF')).toEqual([]);
    expect(await errorsOf(cart.id, 'ONEDOLLAR')).toEqual(['COUPON_NOT_COMBINABLE']);

    for (let i = 0; i < 4; i += 1)
      await h.promotion({
        code: `STACK${i}`,
        stackable: true,
        actions: [{ orderAmountOff: { amount: 10 } }],
      });
    const full = guestCart([line(4000)]);
    for (let i = 0; i < 4; i += 1) expect(await errorsOf(full.id, `STACK${i}`)).toEqual([]);
    expect(await errorsOf(full.id, 'HALF')).toEqual([]);
    expect(await errorsOf(full.id, 'ONEDOLLAR')).toEqual(['TOO_MANY_COUPONS']);
    const [read] = await readCarts([full]);
    expect(read!.discounts.map((d) => d.code)).toEqual(['HALF']);
    expect(read!.coupons.filter((c) => !c.applied).map((c) => c.reason)).toEqual(
      Array(4).fill('COUPON_NOT_COMBINABLE'),
    );
  });

  it('refuses a Cart representation without the fields it @requires', async () => {
    const response = await graphqlRequest(h.url, CART_ENTITIES, {
      representations: [{ __typename: 'Cart', id: 'cart-x' }],
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });
});
