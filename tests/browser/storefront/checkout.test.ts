import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  newVisitor,
  screenshot,
  screenshotOnFailure,
  type Viewport,
} from '../support/browser';
import { ApiClient, login } from '../../support/api';
import { DEMO_ADMIN, type BrowserShop } from '../support/shop';
import { shopTest } from '../support/shared-shop';
import {
  cartButton,
  eventually,
  cartCount,
  customerWithCart,
  deliverOrder,
  fillGuestCheckout,
  fillTestAddress,
  freshEmail,
  journeyProduct,
  markPage,
  orderIdOf,
  orderStatus,
  productLink,
  stillSameDocument,
  type JourneyProduct,
  tourScreenshot,
} from './checkout-journey';

/**
 * The storefront's buying journey on a laptop and on a phone: a guest fills a cart, registers (the cart
 * comes along), checks out with an address, a delivery option, the WELCOME10 coupon and a test card, and
 * watches the order get confirmed live; then the parcel's tracking and a return (withdrawn again on the
 * phone). A declined card keeps the
 * order and the cart, says so in words, and is paid again with another card in one click.
 *
 * Checkout answers at once here (no settlement wait), so the order page is what follows the order from
 * PENDING on, over the orderUpdated subscription. The journeys buy a product of their own: the shop is shared
 * with the other browser files, which add products of theirs.
 */
describe('storefront checkout', () => {
  let shop: BrowserShop;
  let browser: Browser;
  let product: JourneyProduct;

  shopTest.beforeAll(async ({ browserShops }) => {
    shop = await browserShops.shared();
    browser = await launchBrowser();
    product = await journeyProduct(shop.routerUrl);
    // The journey ships to Illinois: checkout and the order show its tax line.
    const api = new ApiClient(shop.routerUrl);
    const admin = api.as((await login(api, DEMO_ADMIN.email, DEMO_ADMIN.password)).accessToken!);
    await admin.data('mutation($input: SetTaxRateInput!) { setTaxRate(input: $input) { taxRate { id } } }', {
      input: { country: 'US', region: 'IL', rate: 0.0625, taxShipping: false },
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows no cart count after signing out of an account with a full cart', async () => {
    const customer = await customerWithCart(shop.routerUrl, 'sign-out', product.variantId);
    const visitor = await newVisitor(browser, 'desktop');
    const { page } = visitor;
    screenshotOnFailure(page, 'checkout-sign-out');
    await page.goto(`${shop.apps.web!}/sign-in`);
    await page.getByLabel('Email').fill(customer.email);
    await page.getByLabel('Password').fill(customer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await eventually(() => cartCount(page)).toBe(2);
    // Sign out sits in the account menu of the header.
    await page.locator('header button[aria-haspopup="menu"]').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    await eventually(() => cartCount(page)).toBe(0);
    await visitor.context.close();
  });

  for (const viewport of ['desktop', 'phone'] as Viewport[]) {
    describe(viewport, () => {
      it('takes a guest from the catalog to a live-confirmed order, its tracking and a return', async () => {
        const visitor = await newVisitor(browser, viewport);
        const { page } = visitor;
        screenshotOnFailure(page, `checkout-journey-${viewport}`);

        // Browse → product → add to cart as a guest.
        await page.goto(shop.apps.web!);
        await page.getByRole('heading', { level: 1, name: 'Shop' }).waitFor();
        await productLink(page, product).click();
        await page.getByRole('button', { name: 'Add to cart' }).click();
        await eventually(() =>
          page
            .getByRole('alert')
            .filter({ hasText: /^Added \d/ })
            .count(),
        ).toBe(1);
        await expect(page.getByText(/× Default/).count()).resolves.toBe(0);
        await eventually(() => cartCount(page)).toBe(1);

        // Cart → sign in to check out → register; the guest cart comes along.
        await cartButton(page).click();
        await page.getByRole('link', { name: 'Sign in to check out' }).click();
        await page.getByRole('link', { name: 'Create an account' }).click();
        await page.getByLabel('Name').fill('Ada Lovelace');
        await page.getByLabel('Email').fill(freshEmail(`checkout-${viewport}`));
        await page.getByLabel('Password').fill('correct-horse-battery');
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.waitForURL(/\/checkout$/);
        await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
        await eventually(() => cartCount(page)).toBe(1);
        const summary = page.getByRole('complementary', { name: 'Order summary' });
        await eventually(() => summary.getByRole('listitem').count()).toBe(1);

        // A new address, saved to the address book, then chosen from it.
        const addressSection = page.getByRole('region', { name: 'Shipping address' });
        await fillTestAddress(addressSection);
        await addressSection.getByRole('button', { name: 'Ship to this address' }).click();
        await eventually(() =>
          addressSection.getByRole('radio', { name: /12 Analytical Row/ }).isChecked(),
        ).toBe(true);

        // A delivery option with its price and estimate.
        const delivery = page.getByRole('region', { name: 'Delivery' });
        const standard = delivery.getByRole('radio', { name: /Standard/ }).first();
        await standard.check();
        await eventually(() => delivery.getByText(/Arrives in \d/).count()).toBeGreaterThan(0);

        // WELCOME10: a discount line and a lower total.
        await summary.getByLabel('Discount code').fill('welcome10');
        await summary.getByRole('button', { name: 'Apply' }).click();
        await summary.getByText('Code WELCOME10 applied.').waitFor();
        await summary.getByText(/\(WELCOME10\)/).waitFor();
        await summary.getByText('Tax US-IL (6.25%)').waitFor();
        await screenshot(page, `checkout-tax-${viewport}`);

        // The test card that succeeds.
        await page.getByRole('radio', { name: 'Visa — succeeds' }).check();
        await eventually(() => summary.getByRole('button', { name: 'Place order' }).isEnabled()).toBe(true);
        await tourScreenshot(
          page,
          viewport === 'desktop' ? 'storefront-checkout' : 'storefront-checkout-phone',
        );

        // Place it: the order page follows it to CONFIRMED without a reload, and the cart empties.
        await markPage(page);
        await summary.getByRole('button', { name: 'Place order' }).click();
        await page.waitForURL(/\/account\/orders\/[^/]+\?placed=1$/);
        await eventually(() => orderStatus(page).textContent(), 30_000).toBe('Confirmed');
        await page.getByText('Thank you! Your order is confirmed.').waitFor();
        await page.getByText('Tax US-IL (6.25%)').waitFor();
        await screenshot(page, `checkout-order-tax-${viewport}`);
        expect(await stillSameDocument(page)).toBe(true);
        await eventually(() => cartButton(page).getAttribute('aria-label')).toBe('Cart, 0 items');
        if (viewport === 'desktop') await tourScreenshot(page, 'storefront-order-live');

        // The carrier moves the parcel: the tracking timeline and the status follow live.
        await deliverOrder(shop.routerUrl, orderIdOf(page));
        await eventually(() => orderStatus(page).textContent(), 30_000).toBe('Delivered');
        const tracking = page.getByRole('list', { name: 'Tracking events' });
        await tracking.getByText('Out for delivery').waitFor();
        await tracking.getByText(/Springfield, US/).waitFor();
        expect(await stillSameDocument(page)).toBe(true);

        // A return of one unit, with its reason; the order shows it as requested.
        await page.getByRole('button', { name: 'Return items' }).click();
        const dialog = page.getByRole('dialog', { name: 'Return items' });
        await dialog.getByRole('button', { name: 'Increase' }).first().click();
        await dialog.getByLabel('Reason').fill('It does not fit.');
        await screenshot(page, `checkout-return-dialog-${viewport}`);
        await dialog.getByRole('button', { name: 'Request return' }).click();
        await page.getByText(/Your return was requested/).waitFor();
        await page
          .getByRole('region', { name: 'Returns' })
          .getByText('Requested — waiting for the shop to approve it')
          .waitFor();
        await eventually(() => orderStatus(page).textContent()).toBe('Return requested');

        if (viewport === 'phone') {
          // Changed their mind: withdrawn after a confirmation, the order is delivered again.
          await page.getByRole('button', { name: 'Withdraw return' }).click();
          await page
            .getByRole('dialog', { name: 'Withdraw this return?' })
            .getByRole('button', { name: 'Withdraw return' })
            .click();
          await page.getByRole('region', { name: 'Returns' }).getByText('Withdrawn').waitFor();
          await eventually(() => orderStatus(page).textContent()).toBe('Delivered');
        }

        expect(visitor.pageErrors).toEqual([]);
        await visitor.context.close();
      });

      // These flows look the same on a phone: they run once, on desktop (the suite is kept under its time budget).
      if (viewport === 'desktop') {
        it('lets a guest buy without an account, follow the order live and find it again', async () => {
          const visitor = await newVisitor(browser, viewport);
          const { page } = visitor;
          screenshotOnFailure(page, `guest-checkout-${viewport}`);
          const email = freshEmail(`guest-${viewport}`);

          const summary = await fillGuestCheckout(page, shop.apps.web!, product, email, 'Visa — succeeds');
          await screenshot(page, `guest-checkout-${viewport}`);

          // The order page follows it live with the order's access token; the guest cart is gone.
          await markPage(page);
          await summary.getByRole('button', { name: 'Place order' }).click();
          await page.waitForURL(/\/orders\/[^/]+\?placed=1$/);
          await eventually(() => orderStatus(page).textContent(), 30_000).toBe('Confirmed');
          expect(await stillSameDocument(page)).toBe(true);
          await eventually(() => cartCount(page)).toBe(0);
          const number = /MSA-\d+/.exec(
            (await page.getByRole('heading', { level: 1 }).textContent()) ?? '',
          )![0];
          await screenshot(page, `guest-order-${viewport}`);

          // Find my order: number and email (any case).
          await page.goto(`${shop.apps.web!}/order-lookup`);
          await page.getByLabel('Order number').fill(number);
          await page.getByLabel('Email').fill('nobody@example.com');
          await page.getByRole('button', { name: 'Find order' }).click();
          await page.getByText(/could not find an order/).waitFor();
          await page.getByLabel('Email').fill(email.toUpperCase());
          await page.getByRole('button', { name: 'Find order' }).click();
          await eventually(() => orderStatus(page).textContent()).toBe('Confirmed');
          await page.getByRole('heading', { level: 1, name: `Order ${number}` }).waitFor();
          await screenshot(page, `order-lookup-${viewport}`);

          expect(visitor.pageErrors).toEqual([]);
          await visitor.context.close();
        });

        it('keeps the cart after a declined card and pays again with another in one click', async () => {
          const customer = await customerWithCart(shop.routerUrl, `declined-${viewport}`, product.variantId);
          const visitor = await newVisitor(browser, viewport);
          const { page } = visitor;
          screenshotOnFailure(page, `checkout-declined-${viewport}`);

          await page.goto(`${shop.apps.web!}/checkout`);
          await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
          await page.getByLabel('Email').fill(customer.email);
          await page.getByLabel('Password').fill(customer.password);
          await page.getByRole('button', { name: 'Sign in' }).click();
          await page.waitForURL(/\/checkout$/);
          await eventually(() => cartCount(page)).toBe(2);

          // The saved default address is chosen already.
          await eventually(() => page.getByRole('radio', { name: /12 Analytical Row/ }).isChecked()).toBe(
            true,
          );
          await page.getByRole('region', { name: 'Delivery' }).getByRole('radio').first().check();
          await page.getByRole('radio', { name: 'Card declined' }).check();
          await markPage(page);
          await page.getByRole('button', { name: 'Place order' }).click();
          await page.waitForURL(/\/account\/orders\//);

          // Declined: words, not a code; the cart still holds the items.
          await eventually(() => orderStatus(page).textContent(), 30_000).toBe('Payment failed');
          await page.getByText('Your card was declined. Try another card.').waitFor();
          expect(await page.getByText('CARD_DECLINED').count()).toBe(0);
          await screenshot(page, `checkout-declined-${viewport}`);
          await eventually(() => cartCount(page)).toBe(2);

          // One click with another card: confirmed live, and the cart is emptied.
          const retry = page.getByRole('radiogroup', { name: 'New payment method' });
          await retry.getByRole('radio', { name: 'Visa — succeeds' }).check();
          await page.getByRole('button', { name: 'Pay now' }).click();
          await eventually(() => orderStatus(page).textContent(), 30_000).toBe('Confirmed');
          expect(await stillSameDocument(page)).toBe(true);
          await eventually(() => cartButton(page).getAttribute('aria-label')).toBe('Cart, 0 items');

          expect(visitor.pageErrors).toEqual([]);
          await visitor.context.close();
        });
      }
    });
  }

  // One viewport: the page is the signed-in order page's layout, which the journeys above cover on both.
  it('shows a guest’s declined order in full, pays it again with another card and offers cancelling', async () => {
    const visitor = await newVisitor(browser, 'desktop');
    const { page } = visitor;
    screenshotOnFailure(page, 'guest-declined-desktop');

    const summary = await fillGuestCheckout(
      page,
      shop.apps.web!,
      product,
      freshEmail('guest-declined'),
      'Card declined',
    );
    await markPage(page);
    await summary.getByRole('button', { name: 'Place order' }).click();
    await page.waitForURL(/\/orders\/[^/]+\?placed=1$/);

    // Declined: the same page a customer gets, with the order's access token behind it.
    await eventually(() => orderStatus(page).textContent(), 30_000).toBe('Payment failed');
    await page.getByText('Your card was declined. Try another card.').waitFor();
    await page.getByRole('button', { name: 'Cancel order' }).waitFor();
    const items = page.getByRole('region', { name: 'Items' });
    await items.getByText('Tax US-IL (6.25%)').waitFor();
    await page.getByRole('region', { name: 'Payment' }).waitFor();
    await screenshot(page, 'guest-declined-desktop');

    const retry = page.getByRole('radiogroup', { name: 'New payment method' });
    await retry.getByRole('radio', { name: 'Visa — succeeds' }).check();
    await page.getByRole('button', { name: 'Pay now' }).click();
    await eventually(() => orderStatus(page).textContent(), 30_000).toBe('Confirmed');
    expect(await stillSameDocument(page)).toBe(true);
    await eventually(() => cartCount(page)).toBe(0);
    // Paid and on its way, as for a customer: the payment, the shipment to track, still cancellable.
    await eventually(() => page.getByRole('region', { name: 'Payment' }).textContent()).toMatch(/Paid/);
    await page
      .getByRole('region', { name: 'Delivery' })
      .getByText(/Tracking/i)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Cancel order' }).waitFor();
    expect(await page.getByText('Try another card').count()).toBe(0);
    await screenshot(page, 'guest-retried-desktop');

    expect(visitor.pageErrors).toEqual([]);
    await visitor.context.close();
  });
});
