/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient, login, newCustomer } from '../../support/api';
import { eventually } from '../../support/eventually';
import { mailedLinkToken } from '../../support/mailbox';
import {
  launchBrowser,
  newVisitor,
  screenshot,
  screenshotOnFailure,
  type Viewport,
} from '../support/browser';
import type { BrowserShop } from '../support/shop';
import { shopTest } from '../support/shared-shop';
import {
  adminClient,
  customerWhoBought,
  demoProduct,
  gotoSignedIn,
  signInContext,
  unreadCount,
} from './customer-setup';

/** Issue 10 (account): address book with a default, notification preferences, the live notification badge. */
let shop: BrowserShop;
let browser: Browser;
let web: string;

shopTest.beforeAll(async ({ browserShops }) => {
  shop = await browserShops.shared();
  browser = await launchBrowser();
  web = shop.apps.web!;
});

afterAll(async () => {
  await browser?.close();
});

async function addAddress(page: Page, line1: string, city: string): Promise<void> {
  await page.getByRole('button', { name: 'Add address' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Full name').fill('Grace Hopper');
  await dialog.getByLabel('Address line 1').fill(line1);
  await dialog.getByLabel('City').fill(city);
  await dialog.getByLabel('Postal code').fill('10001');
  await dialog.getByLabel(/Country/).fill('US');
  await dialog.getByRole('button', { name: 'Save address' }).click();
  await page.getByText('Address added.').waitFor();
  await page.getByRole('listitem', { name: `Grace Hopper, ${line1}` }).waitFor();
}

for (const viewport of ['desktop', 'phone'] as Viewport[]) {
  describe(`storefront account (${viewport})`, () => {
    it('adds addresses and makes one the default', async () => {
      const { client, auth } = await newCustomer(new ApiClient(shop.routerUrl), `addresses-${viewport}`);
      const visitor = await newVisitor(browser, viewport);
      const { page } = visitor;
      screenshotOnFailure(page, `account-addresses-${viewport}`);
      await signInContext(visitor.context, auth);
      await gotoSignedIn(page, `${web}/account/addresses`);
      await page.getByRole('heading', { name: 'Your addresses' }).waitFor();

      await addAddress(page, '1 First Street', 'New York');
      await addAddress(page, '2 Second Avenue', 'Boston');
      const second = page.getByRole('listitem', { name: 'Grace Hopper, 2 Second Avenue' });
      await second.getByRole('button', { name: 'Make default' }).click();
      await page.getByText('2 Second Avenue is now your default address.').waitFor();
      await second.getByText('Default', { exact: true }).waitFor();
      const first = page.getByRole('listitem', { name: 'Grace Hopper, 1 First Street' });
      await expect.poll(() => first.getByText('Default', { exact: true }).count()).toBe(0);

      const me = await client.data<{ me: { addresses: { line1: string; isDefault: boolean }[] } }>(
        '{ me { addresses { line1 isDefault } } }',
      );
      expect(me.me.addresses.find((a) => a.isDefault)?.line1).toBe('2 Second Avenue');
      await screenshot(page, `account-addresses-${viewport}`);
      expect(visitor.pageErrors).toEqual([]);
      await visitor.context.close();
    });

    // These flows look the same on a phone: they run once, on desktop (the suite is kept under its time budget).
    if (viewport === 'desktop') {
      it('stays signed in when the answer to a session refresh is lost to a reload', async () => {
        const { auth } = await newCustomer(new ApiClient(shop.routerUrl), `lost-refresh-${viewport}`);
        const visitor = await newVisitor(browser, viewport);
        const { page } = visitor;
        screenshotOnFailure(page, `account-lost-refresh-${viewport}`);
        await signInContext(visitor.context, auth);
        // The API rotates the token, but its answer never reaches the page, as when the page is reloaded or
        // left while the refresh is in flight: the next page presents the used token again.
        let refreshes = 0;
        let answerLost!: () => void;
        const lost = new Promise<void>((resolve) => (answerLost = resolve));
        await page.route('**/graphql', async (route) => {
          const body = route.request().postDataJSON() as { operationName?: string } | null;
          if (body?.operationName !== 'RefreshSession' || refreshes++ > 0) return route.fallback();
          await route.fetch();
          await route.abort('failed');
          answerLost();
        });
        await page.goto(web);
        await lost;
        await page.unroute('**/graphql');

        await gotoSignedIn(page, `${web}/account/addresses`);
        await page.getByRole('heading', { name: 'Your addresses' }).waitFor();
        expect(visitor.pageErrors).toEqual([]);
        await visitor.context.close();
      });

      it('prepares a data export, then deletes the account after the password and signs out', async () => {
        const { client, auth } = await newCustomer(new ApiClient(shop.routerUrl), `privacy-${viewport}`);
        const visitor = await newVisitor(browser, viewport);
        const { page } = visitor;
        screenshotOnFailure(page, `account-privacy-${viewport}`);
        await signInContext(visitor.context, auth);
        await gotoSignedIn(page, `${web}/account/privacy`);
        await page.getByRole('heading', { name: 'Privacy' }).waitFor();

        await page.getByRole('button', { name: 'Request my data' }).click();
        await page.getByText('Your export is ready.').waitFor({ timeout: 30_000 });
        await page.getByRole('button', { name: 'Download my data' }).waitFor();
        await screenshot(page, `account-privacy-${viewport}`);

        await page.getByRole('button', { name: 'Delete my account' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('Password').fill('not my password');
        await dialog.getByRole('button', { name: 'Delete my account' }).click();
        await dialog.getByText('That is not your password; nothing was deleted.').waitFor();
        await screenshot(page, `account-privacy-delete-${viewport}`);
        await dialog.getByLabel('Password').fill('correct-horse-battery');
        await dialog.getByRole('button', { name: 'Delete my account' }).click();
        await page.waitForURL(`${web}/`);
        await expect
          .poll(() => visitor.context.storageState().then((s) => JSON.stringify(s.origins)))
          .not.toContain(auth.refreshToken!);
        // Revocation reaches every service within seconds (each caches the session version for up to 1 s).
        await expect
          .poll(async () => (await client.request('{ me { id } }')).errors?.[0]?.extensions?.code, {
            timeout: 10_000,
          })
          .toBe('UNAUTHENTICATED');
        expect(visitor.pageErrors).toEqual([]);
        await visitor.context.close();
      });

      it('switches a notification preference off and keeps it', async () => {
        const { client, auth } = await newCustomer(new ApiClient(shop.routerUrl), `prefs-${viewport}`);
        const visitor = await newVisitor(browser, viewport);
        const { page } = visitor;
        screenshotOnFailure(page, `account-preferences-${viewport}`);
        await signInContext(visitor.context, auth);
        await gotoSignedIn(page, `${web}/account/notifications`);
        const toggle = page.getByLabel('Offers and news by Email');
        const wasOn = await toggle.isChecked();
        await toggle.click();
        await page.getByText('Preferences saved.').waitFor();
        await expect.poll(() => toggle.isChecked()).toBe(!wasOn);

        await page.reload();
        await expect.poll(() => page.getByLabel('Offers and news by Email').isChecked()).toBe(!wasOn);
        const saved = await client.data<{
          notificationPreferences: { category: string; channel: string; enabled: boolean }[];
        }>('{ notificationPreferences { category channel enabled } }');
        expect(
          saved.notificationPreferences.find((p) => p.category === 'MARKETING' && p.channel === 'EMAIL')
            ?.enabled,
        ).toBe(!wasOn);
        await screenshot(page, `account-preferences-${viewport}`);
        expect(visitor.pageErrors).toEqual([]);
        await visitor.context.close();
      });

      it('verifies the email from the notice, then recovers the account: forgot → reset → signed in', async () => {
        const { auth } = await newCustomer(new ApiClient(shop.routerUrl), `recover-${viewport}`);
        const email = auth.user!.email;
        const admin = await adminClient(shop.routerUrl);
        const mailedToken = (page: '/reset-password' | '/verify-email') =>
          mailedLinkToken(admin, email, page);

        // Signed in and unverified: the account page offers a verification email.
        const member = await newVisitor(browser, viewport);
        screenshotOnFailure(member.page, `account-verify-${viewport}`);
        await signInContext(member.context, auth);
        await gotoSignedIn(member.page, `${web}/account`);
        const notice = member.page.getByRole('alert', { name: 'Verify your email' });
        await notice.getByRole('button', { name: 'Resend link' }).click();
        await member.page.getByText(`We sent a verification link to ${email}.`).waitFor();
        await screenshot(member.page, `account-verify-notice-${viewport}`);
        await member.page.goto(`${web}/verify-email?token=${await mailedToken('/verify-email')}`);
        await member.page.getByText('Thank you: your email address is verified.').waitFor();
        expect(member.pageErrors).toEqual([]);
        await member.context.close();

        // Signed out: "Forgot password?" mails a link; the link sets a new password and signs in.
        const visitor = await newVisitor(browser, viewport);
        const { page } = visitor;
        screenshotOnFailure(page, `account-recovery-${viewport}`);
        await page.goto(`${web}/sign-in`);
        await page.getByRole('link', { name: 'Forgot password?' }).click();
        await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
        await page.getByLabel('Email').fill(email);
        await page.getByRole('button', { name: 'Send reset link' }).click();
        await page.getByRole('heading', { name: 'Check your email' }).waitFor();
        await screenshot(page, `account-forgot-password-${viewport}`);

        await page.goto(`${web}/reset-password?token=${await mailedToken('/reset-password')}`);
        await page.getByLabel(/^New password/).fill('moonlit harbour passphrase');
        await page.getByLabel('Repeat the new password').fill('moonlit harbour different');
        await page.getByText('The two passwords do not match.').first().waitFor();
        await screenshot(page, `account-reset-password-${viewport}`);
        await page.getByLabel('Repeat the new password').fill('moonlit harbour passphrase');
        await page.getByRole('button', { name: 'Set password and sign in' }).click();
        await page.waitForURL(/\/account$/);
        await page.getByRole('link', { name: /^Notifications/ }).waitFor({ timeout: 30_000 });
        await page.getByRole('heading', { name: 'Your profile' }).waitFor();
        const signedIn = await login(new ApiClient(shop.routerUrl), email, 'moonlit harbour passphrase');
        expect(signedIn.userErrors).toEqual([]);
        await screenshot(page, `account-reset-signed-in-${viewport}`);
        expect(visitor.pageErrors).toEqual([]);
        await visitor.context.close();
      });
    }

    it('raises the header badge live when a notification arrives, and the inbox marks it read', async () => {
      const product = await demoProduct(shop.routerUrl, 'kids-headphones');
      const buyer = await customerWhoBought(shop.routerUrl, product, `live-${viewport}`);
      // Let the order's own notifications arrive first, so the count only moves for the cancellation.
      await eventually(async () => expect(await kinds(buyer.client)).toContain('order.confirmed'));

      const visitor = await newVisitor(browser, viewport);
      const { page } = visitor;
      screenshotOnFailure(page, `account-live-${viewport}`);
      await signInContext(visitor.context, buyer.auth);
      await gotoSignedIn(page, web);
      const bell = page.getByRole('link', { name: /^Notifications/ });
      const badgeCount = async () =>
        Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? 0);
      const before = await unreadCount(buyer.client);
      await expect.poll(badgeCount, { timeout: 15_000 }).toBe(before);
      await page.evaluate(() => Object.assign(window, { __samePage: true }));

      const admin = await adminClient(shop.routerUrl);
      await admin.data('mutation($id: ID!) { cancelOrder(id: $id) { userErrors { code } } }', {
        id: buyer.order.id,
      });
      // The cancellation is followed by the refund of the payment: wait for both before counting.
      await eventually(async () =>
        expect(await kinds(buyer.client)).toEqual(
          expect.arrayContaining(['order.cancelled', 'payment.refunded']),
        ),
      );
      const after = await unreadCount(buyer.client);
      expect(after).toBeGreaterThan(before);
      await expect.poll(badgeCount, { timeout: 15_000 }).toBe(after);
      expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(
        true,
      );

      await bell.click();
      await page.waitForURL(/\/account\/notifications$/);
      await page.getByRole('button', { name: 'Mark all read' }).click();
      await page.getByText('All notifications marked read.').waitFor();
      await expect.poll(badgeCount, { timeout: 15_000 }).toBe(0);
      await screenshot(page, `account-live-${viewport}`);
      expect(visitor.pageErrors).toEqual([]);
      await visitor.context.close();
    });
  });
}

async function kinds(client: ApiClient): Promise<string[]> {
  const data = await client.data<{ myNotifications: { nodes: { kind: string }[] } }>(
    '{ myNotifications(first: 50) { nodes { kind } } }',
  );
  return data.myNotifications.nodes.map((n) => n.kind);
}
