import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  newVisitor,
  screenshot,
  screenshotOnFailure,
  type Viewport,
} from '../support/browser';
import { ApiClient, login } from '../../support/api';
import { DEMO_ADMIN, startBrowserShop, type BrowserShop } from '../support/shop';
import { customerWithCart, eventually, orderIdOf, orderStatus } from './checkout-journey';

const TAX_LABEL = 'Tax US-IL (6.25%)';
const INCLUDED = /^Includes (\$\d+\.\d{2}) Tax US-IL \(6\.25%\)$/;

/**
 * The storefront of a shop that states prices with tax included (SHOP_PRICES_INCLUDE_TAX=true, as in the EU):
 * checkout and the order show every figure with its share of the tax, so the items − the discount + delivery
 * on screen make the total to the cent, and the tax is stated as included in it, never as a line that adds
 * to it. Illinois taxes goods at 6.25 % and not delivery; an automatic 15 % promotion makes odd cents.
 */
describe('storefront with tax-inclusive prices', () => {
  let shop: BrowserShop;
  let browser: Browser;
  let admin: ApiClient;

  // A shop of its own, stopped after the file: its storefront runs with other settings, and its automatic
  // promotion would change every other file's totals.
  beforeAll(async () => {
    shop = await startBrowserShop(['web'], {
      checkoutSettleTimeoutMs: 0,
      appEnv: { SHOP_PRICES_INCLUDE_TAX: 'true' },
    });
    browser = await launchBrowser();
    const api = new ApiClient(shop.routerUrl);
    admin = api.as((await login(api, DEMO_ADMIN.email, DEMO_ADMIN.password)).accessToken!);
    await admin.data('mutation($input: SetTaxRateInput!) { setTaxRate(input: $input) { taxRate { id } } }', {
      input: { country: 'US', region: 'IL', rate: 0.0625, taxShipping: false },
    });
    const created = await admin.data<{ createPromotion: { userErrors: { message: string }[] } }>(
      `mutation { createPromotion(input: { name: "Fifteen off", actions: [{ orderPercentOff: { percent: 15 } }] }) {
        userErrors { message } } }`,
    );
    expect(created.createPromotion.userErrors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await shop?.stop();
  });

  it.each<Viewport>(['desktop', 'phone'])('shows gross figures that add up, on %s', async (viewport) => {
    const customer = await customerWithCart(shop.routerUrl, `tax-inclusive-${viewport}`);
    const visitor = await newVisitor(browser, viewport);
    const { page } = visitor;
    screenshotOnFailure(page, `tax-inclusive-${viewport}`);
    await page.goto(`${shop.apps.web!}/sign-in`);
    await page.getByLabel('Email').fill(customer.email);
    await page.getByLabel('Password').fill(customer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

    // Before checkout knows the destination, prices are the catalog's and say that tax is not in them.
    const { products } = await admin.data<{ products: { nodes: { slug: string }[] } }>(
      '{ products(first: 1, sort: NEWEST) { nodes { slug } } }',
    );
    await page.goto(`${shop.apps.web!}/products/${products.nodes[0]!.slug}`);
    await page.getByText('Excl. tax, calculated at checkout', { exact: true }).waitFor();
    await screenshot(page, `product-tax-inclusive-${viewport}`);
    await page.goto(`${shop.apps.web!}/cart`);
    await page.getByText(/Prices: excl\. tax, calculated at checkout\./).waitFor();
    await screenshot(page, `cart-tax-inclusive-${viewport}`);

    await page.goto(`${shop.apps.web!}/checkout`);
    await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();

    // The saved Illinois address and a delivery option: the destination's tax is known.
    const addressSection = page.getByRole('region', { name: 'Shipping address' });
    await addressSection.getByRole('radio', { name: /12 Analytical Row/ }).check();
    await page
      .getByRole('region', { name: 'Delivery' })
      .getByRole('radio', { name: /Standard/ })
      .first()
      .check();
    const summary = page.getByRole('complementary', { name: 'Order summary' });
    const totals = summary.getByLabel('Tax and total');
    const included = totals.getByText(INCLUDED);
    await included.waitFor();
    // Stated below the total, never listed as a line above it that adds to it.
    expect(await totals.getByText(TAX_LABEL, { exact: true }).count()).toBe(0);
    const checkoutTax = INCLUDED.exec((await included.textContent()) ?? '')![1]!;
    const checkoutTotal = await totalOf(totals);
    const checkoutFigures = await figuresOf(summary);
    expectToAddUp(checkoutFigures, checkoutTotal);
    // Goods carry the tax; the untaxed delivery is the rate's price.
    expect(checkoutFigures.delivery).toBe(890);
    await screenshot(page, `checkout-tax-inclusive-${viewport}`);

    await page.getByRole('radio', { name: 'Visa — succeeds' }).check();
    await eventually(() => summary.getByRole('button', { name: 'Place order' }).isEnabled()).toBe(true);
    await summary.getByRole('button', { name: 'Place order' }).click();
    await page.waitForURL(/\/account\/orders\/[^/]+\?placed=1$/);
    await eventually(() => orderStatus(page).textContent(), 30_000).toBe('Confirmed');

    // The order says the same, with the amounts the order itself holds.
    const { order } = await admin.data<{
      order: { total: { formatted: string }; taxLines: { name: string; amount: { formatted: string } }[] };
    }>('query($id: ID!) { order(id: $id) { total { formatted } taxLines { name amount { formatted } } } }', {
      id: orderIdOf(page),
    });
    expect(order.taxLines).toHaveLength(1);
    expect(order.taxLines[0]!.amount.formatted).toBe(checkoutTax);
    expect(order.total.formatted).toBe(checkoutTotal);
    const orderTotals = page.getByLabel('Tax and total');
    await orderTotals.getByText(`Includes ${checkoutTax} ${TAX_LABEL}`).waitFor();
    expect(await orderTotals.getByText(TAX_LABEL, { exact: true }).count()).toBe(0);
    expect(await totalOf(orderTotals)).toBe(order.total.formatted);
    const orderFigures = await figuresOf(page.getByRole('main'));
    expectToAddUp(orderFigures, order.total.formatted);
    expect(orderFigures).toEqual(checkoutFigures);
    await screenshot(page, `order-tax-inclusive-${viewport}`);

    expect(visitor.pageErrors).toEqual([]);
    await visitor.context.close();
  });
});

/** The amount on the "Total" row of a totals block. */
async function totalOf(totals: Locator): Promise<string> {
  const row = totals.getByText('Total', { exact: true }).locator('xpath=..');
  return ((await row.locator('p').last().textContent()) ?? '').trim();
}

/** "$40.38" → 4038. */
function cents(text: string): number {
  const match = /\$([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`not an amount: "${text}"`);
  return Number(match[1]!.replaceAll(',', '')) * 100 + Number(match[2]);
}

interface ShownFigures {
  items: number[];
  subtotal: number;
  discounts: number[];
  delivery: number;
}

/** The amounts a summary shows: each item, the subtotal, each discount and delivery. */
async function figuresOf(scope: Locator): Promise<ShownFigures> {
  const items = await scope.getByRole('list', { name: 'Items' }).getByRole('listitem').all();
  const itemAmounts = await Promise.all(
    items.map(async (item) => cents((await item.locator('p').last().textContent()) ?? '')),
  );
  const rows = scope.getByLabel('Order totals');
  const valueOf = async (label: string) =>
    (
      (await rows.getByText(label, { exact: true }).locator('xpath=..').locator('p').last().textContent()) ??
      ''
    ).trim();
  const discountTexts = await rows.locator('p').filter({ hasText: /^−\$/ }).allTextContents();
  return {
    items: itemAmounts,
    subtotal: cents(await valueOf('Subtotal')),
    discounts: discountTexts.map(cents),
    delivery: cents(await valueOf('Delivery')),
  };
}

/** The items make the subtotal, and subtotal − discounts + delivery is the total, to the cent. */
function expectToAddUp(figures: ShownFigures, total: string): void {
  expect(figures.items.length).toBeGreaterThan(0);
  expect(figures.discounts.length).toBeGreaterThan(0);
  expect(figures.items.reduce((sum, item) => sum + item, 0)).toBe(figures.subtotal);
  const discounts = figures.discounts.reduce((sum, discount) => sum + discount, 0);
  expect(figures.subtotal - discounts + figures.delivery).toBe(cents(total));
}
