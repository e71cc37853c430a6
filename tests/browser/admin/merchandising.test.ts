import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient, newCustomer, register } from '../../support/api';
import { eventually } from '../../support/eventually';
import { addToCart, checkout, orderOf, stockedVariant } from '../../support/shop';
import { launchBrowser, newVisitor, screenshot, screenshotOnFailure } from '../support/browser';
import { readmeScreenshot } from '../support/readme-screenshots';
import type { BrowserShop } from '../support/shop';
import { shopTest } from '../support/shared-shop';
import { signInToDashboard } from './sign-in';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const suffix = () => Math.random().toString(36).slice(2, 8).toUpperCase();

/**
 * The dashboard's merchandising pages against the whole system: promotions a customer then redeems,
 * review moderation that reaches the product page, notification templates, and the sales analytics.
 */
describe('dashboard merchandising', () => {
  let shop: BrowserShop;
  let browser: Browser;
  let api: ApiClient;
  let admin: ApiClient;
  let adminUrl: string;

  shopTest.beforeAll(async ({ browserShops }) => {
    shop = await browserShops.shared();
    browser = await launchBrowser();
    api = new ApiClient(shop.routerUrl);
    admin = api.as(await shop.system.mintToken('ADMIN'));
    adminUrl = shop.apps.admin!;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a coupon promotion in the form that a customer then redeems', async () => {
    const { page, context, pageErrors } = await newVisitor(browser, 'desktop');
    screenshotOnFailure(page, 'admin-promotion-coupon');
    const code = `SPRING-${suffix()}`;
    const name = `Spring sale ${code}`;

    await signInToDashboard(page, adminUrl);
    await page.goto(`${adminUrl}/promotions/new`);
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Coupon code').fill(code);
    await page.getByLabel('Action 1 Percent off').fill('150');
    await page.getByRole('button', { name: 'Create promotion' }).click();
    // The form refuses a percentage above 100 before anything is sent.
    await page.getByText('Enter a percentage above 0 and at most 100').waitFor();
    await page.getByLabel('Action 1 Percent off').fill('15');
    await page.getByLabel('Per customer').fill('1');
    await page.getByRole('button', { name: 'Create promotion' }).click();
    await page.getByText('Promotion created.').waitFor();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('region', { name: 'Promotion stats' }).getByText('Redemptions').waitFor();
    await screenshot(page, 'admin-promotion-edit');

    // A customer applies the code through the API and gets 15 % off.
    const variant = await stockedVariant(admin, `PROMO-${suffix()}`, 4000, 10);
    const { client: customer } = await newCustomer(api, 'coupon');
    const cart = await addToCart(customer, variant.variantId, 1);
    // The promotions service reads the cart and whose it is back through the router; a read that fails
    // under load counts as "not your cart" (FORBIDDEN), so the request is repeated until it answers.
    const applied = await eventually(() =>
      customer.data<{
        applyCoupon: {
          cart: {
            discountTotal: { amount: number };
            couponCodes: string[];
            discounts: { code: string | null }[];
          };
          userErrors: { code: string }[];
        };
      }>(
        `mutation($cartId: ID!, $code: String!) { applyCoupon(cartId: $cartId, code: $code) {
        cart { discountTotal { amount } couponCodes discounts { code } } userErrors { code } } }`,
        { cartId: cart.id, code: code.toLowerCase() },
      ),
    );
    expect(applied.applyCoupon.userErrors).toEqual([]);
    expect(applied.applyCoupon.cart.couponCodes).toContain(code);
    expect(applied.applyCoupon.cart.discountTotal.amount).toBe(600);

    // The list shows it switched on; deactivating asks first.
    await page.goto(`${adminUrl}/promotions`);
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByText('Active').waitFor();
    await row.getByText('15% off the order').waitFor();
    await readmeScreenshot(page, 'admin-promotions');
    await row.getByRole('button', { name: 'Deactivate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate promotion' });
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByText(`“${name}” was deactivated.`).waitFor();
    await row.getByText('Deactivated').waitFor();
    await screenshot(page, 'admin-promotions');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('approves a held review, which then shows on the product page', async () => {
    const { page, context, pageErrors } = await newVisitor(browser, 'desktop');
    screenshotOnFailure(page, 'admin-review-moderation');
    const variant = await stockedVariant(admin, `REVIEW-${suffix()}`, 2500, 5);
    const { client: customer } = await newCustomer(api, 'reviewer');
    const title = `Worth it ${suffix()}`;
    const created = await customer.data<{
      createReview: {
        review: { id: string; status: string; moderation: { reasons: string[] } };
        userErrors: unknown[];
      };
    }>(
      `mutation($productId: ID!, $input: ReviewInput!) { createReview(productId: $productId, input: $input) {
        review { id status moderation { reasons } } userErrors { code } } }`,
      {
        productId: variant.productId,
        input: { rating: 4, title, body: 'Great mug, more photos at https://photos.example.com/mug' },
      },
    );
    const review = created.createReview.review;
    expect(review.status).toBe('PENDING');
    expect(review.moderation.reasons).toContain('LINK');

    await signInToDashboard(page, adminUrl);
    await page.goto(`${adminUrl}/reviews`);
    const row = page.locator(`tr[data-review-id="${review.id}"]`);
    await row.getByText('Contains a link').waitFor();
    await screenshot(page, 'admin-reviews-held');
    await row.getByRole('button', { name: 'Approve' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish review' });
    await dialog.getByLabel('Note for the author (optional)').fill('The link is to the shop’s own photos.');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await page.getByText(`“${title}” was published.`).waitFor();
    await expect.poll(() => row.count()).toBe(0);
    await screenshot(page, 'admin-reviews');

    const published = await api.data<{ product: { reviews: { nodes: { id: string; title: string }[] } } }>(
      'query($id: ID!) { product(id: $id) { reviews(first: 10) { nodes { id title } } } }',
      { id: variant.productId },
    );
    expect(published.product.reviews.nodes).toEqual([{ id: review.id, title }]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('edits a template, which the next email uses, and resets it', async () => {
    const { page, context, pageErrors } = await newVisitor(browser, 'desktop');
    screenshotOnFailure(page, 'admin-notification-template');
    const marker = suffix();
    await signInToDashboard(page, adminUrl);
    await page.goto(`${adminUrl}/notifications`);
    await page.getByRole('button', { name: /^account\.welcome/ }).click();
    const subject = page.getByLabel('Subject');
    const message = page.getByLabel('Message');

    // An unknown placeholder is flagged and cannot be saved.
    await message.fill('Hello {{name}}, use {{coupon}} today.');
    await page.getByText('Unknown placeholder {{coupon}}').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Save template' }).isDisabled()).toBe(true);

    await subject.fill(`Welcome aboard, {{name}} ${marker}`);
    await message.fill(`Hello {{name}}, thanks for joining (${marker}).`);
    await page.getByTestId('template-preview').getByText(`Welcome aboard, Ada Lovelace ${marker}`).waitFor();
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText('The account.welcome (EMAIL) template was saved.').waitFor();
    // The list and the editor know it is edited now: it can be reset.
    await page.getByRole('button', { name: /^account\.welcome EMAIL · edited/ }).waitFor();
    await screenshot(page, 'admin-notification-template');

    // The next customer to register gets the new wording.
    const email = `welcome-${marker.toLowerCase()}@example.com`;
    await register(api, email);
    await page.getByRole('tab', { name: 'Captured emails' }).click();
    await page.getByLabel('Recipient').fill(email);
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: 'Refresh' }).click();
          return page.getByText(`Welcome aboard, Test Customer ${marker}`).count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    await page.getByRole('button', { name: 'Read' }).click();
    await page.getByText(`Hello Test Customer, thanks for joining (${marker}).`).waitFor();

    // The delivery log shows it sent, by channel and status.
    await page.getByRole('tab', { name: 'Delivery log' }).click();
    await page.getByRole('row').filter({ hasText: email }).getByText('Sent').waitFor();
    await screenshot(page, 'admin-notifications');

    // Reset to default asks first.
    await page.getByRole('tab', { name: 'Templates' }).click();
    await page.getByRole('button', { name: /^account\.welcome/ }).click();
    await page.getByRole('button', { name: 'Reset to default' }).click();
    await page.getByRole('dialog', { name: 'Reset template' }).getByRole('button', { name: 'Reset' }).click();
    await page.getByText('The account.welcome (EMAIL) template is back to its default wording.').waitFor();
    await expect.poll(() => subject.inputValue()).not.toContain(marker);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('charts the sales of the orders placed, on a laptop and on a phone', async () => {
    // The other browser files' orders are in the figures too: these two orders add to what was there.
    const before = await salesSoFar(admin);
    // Priced to rank among the top five products whatever else the shop has sold.
    const variant = await stockedVariant(admin, `SALES-${suffix()}`, 32_500, 20);
    const totals: number[] = [];
    for (const quantity of [1, 2]) {
      const { client: customer } = await newCustomer(api, 'buyer');
      const cart = await addToCart(customer, variant.variantId, quantity);
      const placed = await checkout(customer, cart.id, `sales-${suffix()}`);
      expect(placed.userErrors).toEqual([]);
      const order = placed.order!;
      await eventually(async () => expect((await orderOf(customer, order.id))?.status).toBe('CONFIRMED'));
      totals.push(order.total.amount);
    }
    const after = { orders: before.orders + 2, revenue: before.revenue + totals[0]! + totals[1]! };
    await eventually(async () => expect(await salesSoFar(admin)).toEqual(after));
    const revenue = usd.format(after.revenue / 100);

    const { page, context, pageErrors } = await newVisitor(browser, 'desktop');
    screenshotOnFailure(page, 'admin-analytics');
    await signInToDashboard(page, adminUrl);
    // The overview charts the last 30 days with the key numbers.
    const recent = page.getByRole('region', { name: 'Sales of the last 30 days' });
    await expect.poll(() => recent.locator('[data-figure="Revenue"]').textContent()).toBe(revenue);
    await recent.getByTestId('sales-chart').locator('svg').first().waitFor();
    await screenshot(page, 'admin-overview');

    await page.goto(`${adminUrl}/analytics`);
    const sales = page.getByRole('region', { name: 'Sales' });
    await expect.poll(() => sales.locator('[data-figure="Orders"]').textContent()).toBe(String(after.orders));
    expect(await sales.locator('[data-figure="Revenue"]').textContent()).toBe(revenue);
    const chart = sales.getByRole('figure', { name: 'Revenue per day' });
    await chart.locator('svg').first().waitFor();
    await expect.poll(() => chart.locator('.MuiBarChart-element').count()).toBeGreaterThan(0);
    await sales.getByText('Figures per period').click();
    const today = sales
      .getByRole('table', { name: 'Sales per period' })
      .getByRole('row')
      .filter({ hasText: revenue });
    await expect.poll(() => today.count()).toBe(1);
    await page
      .getByRole('region', { name: 'Top products' })
      .getByRole('row')
      .filter({ hasText: `Product SALES-` })
      .getByText('3', { exact: true })
      .waitFor();
    await page.getByRole('combobox', { name: 'Interval' }).click();
    await page.getByRole('option', { name: 'Per week' }).click();
    await sales.getByRole('figure', { name: 'Revenue per week' }).locator('svg').first().waitFor();
    expect(await sales.locator('[data-figure="Revenue"]').textContent()).toBe(revenue);
    await readmeScreenshot(page, 'admin-analytics');
    await screenshot(page, 'admin-analytics-desktop');
    expect(pageErrors).toEqual([]);
    await context.close();

    // On a phone the page fits the screen and shows the same numbers and chart.
    const phone = await newVisitor(browser, 'phone');
    screenshotOnFailure(phone.page, 'admin-analytics-phone');
    await signInToDashboard(phone.page, adminUrl);
    await phone.page.goto(`${adminUrl}/analytics`);
    const phoneSales = phone.page.getByRole('region', { name: 'Sales' });
    await expect.poll(() => phoneSales.locator('[data-figure="Revenue"]').textContent()).toBe(revenue);
    await phoneSales.getByRole('figure', { name: 'Revenue per day' }).locator('svg').first().waitFor();
    const overflow = await phone.page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.page.getByRole('combobox', { name: 'Period' }).click();
    await phone.page.getByRole('option', { name: 'Last 12 months' }).click();
    await phoneSales.getByRole('figure', { name: 'Revenue per month' }).locator('svg').first().waitFor();
    await screenshot(phone.page, 'admin-analytics-phone');
    expect(phone.pageErrors).toEqual([]);
    await phone.context.close();
  });
});

/** Orders and revenue of the last 30 days as the dashboard adds them up: from the days of salesStats. */
async function salesSoFar(admin: ApiClient): Promise<{ orders: number; revenue: number }> {
  const day = 24 * 60 * 60 * 1000;
  const data = await admin.data<{
    salesStats: { series: { orders: number; revenue: { amount: number } }[] };
  }>(
    'query($from: DateTime!, $to: DateTime!) { salesStats(from: $from, to: $to, interval: DAY) { series { orders revenue { amount } } } }',
    { from: new Date(Date.now() - 30 * day).toISOString(), to: new Date(Date.now() + day).toISOString() },
  );
  return data.salesStats.series.reduce(
    (sum, period) => ({ orders: sum.orders + period.orders, revenue: sum.revenue + period.revenue.amount }),
    { orders: 0, revenue: 0 },
  );
}
