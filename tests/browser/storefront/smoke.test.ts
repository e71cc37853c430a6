import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  newVisitor,
  screenshot,
  screenshotOnFailure,
  type Viewport,
} from '../support/browser';
import type { BrowserShop } from '../support/shop';
import { shopTest } from '../support/shared-shop';

/**
 * The harness itself: the built storefront and dashboard start against an in-process system with the demo
 * data, and a visitor sees the catalog on a laptop and on a phone.
 */
describe('browser harness', () => {
  let shop: BrowserShop;
  let browser: Browser;

  shopTest.beforeAll(async ({ browserShops }) => {
    shop = await browserShops.shared();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const viewport of ['desktop', 'phone'] as Viewport[]) {
    it(`shows the demo catalog on the storefront home page (${viewport})`, async () => {
      const visitor = await newVisitor(browser, viewport);
      const { page } = visitor;
      screenshotOnFailure(page, `harness-home-${viewport}`);
      await page.goto(shop.apps.web!);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Shop');
      await page.getByText(/Showing 12 of \d+/).waitFor();
      await screenshot(page, `harness-home-${viewport}`);
      expect(visitor.pageErrors).toEqual([]);
      await visitor.context.close();
    });
  }

  it('serves the dashboard sign-in page', async () => {
    const visitor = await newVisitor(browser, 'desktop');
    await visitor.page.goto(`${shop.apps.admin!}/sign-in`);
    await visitor.page.getByLabel('Email').waitFor();
    await visitor.context.close();
  });
});
