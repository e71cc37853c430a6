import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, login, newCustomer } from '../../support/api';
import { addToCart, stockedVariant } from '../../support/shop';
import { launchBrowser, newVisitor, screenshot, screenshotOnFailure } from '../support/browser';
import { readmeScreenshot } from '../support/readme-screenshots';
import { DEMO_ADMIN, startBrowserShop, type BrowserShop } from '../support/shop';
import { signInToDashboard } from './sign-in';

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

  beforeAll(async () => {
    shop = await startBrowserShop(['admin', 'web']);
    browser = await launchBrowser();
    api = new ApiClient(shop.routerUrl);
    const signedIn = await login(api, DEMO_ADMIN.email, DEMO_ADMIN.password);
    admin = api.as(signedIn.accessToken!);
    adminUrl = shop.apps.admin!;
  });

  afterAll(async () => {
    await browser?.close();
    await shop?.stop();
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

    // A customer applies the code through the API and gets 15 % off.
    const variant = await stockedVariant(admin, `PROMO-${suffix()}`, 4000, 10);
    const { client: customer } = await newCustomer(api, 'coupon');
    const cart = await addToCart(customer, variant.variantId, 1);
    const applied = await customer.data<{
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
});
