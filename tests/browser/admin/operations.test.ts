import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { errorCode } from '@msa/testing';
import { ApiClient, login, newCustomer } from '../../support/api';
import { eventually } from '../../support/eventually';
import { ADDRESS, addToCart, checkout, stockedVariant, stockOf, type VariantRef } from '../../support/shop';
import {
  launchBrowser,
  newVisitor,
  screenshot,
  screenshotOnFailure,
  type Viewport,
} from '../support/browser';
import { DEMO_ADMIN, type BrowserShop } from '../support/shop';
import { shopTest } from '../support/shared-shop';

const README_SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');

/**
 * The dashboard's operations against the whole system: an administrator works orders (refund, cancel,
 * shipment), the returns queue and stock; customers and staff are held to what their role allows.
 */
describe('dashboard operations', () => {
  let shop: BrowserShop;
  let browser: Browser;
  let api: ApiClient;
  let admin: ApiClient;
  let variant: VariantRef;
  let sku: string;
  /** The order refunded in the first test, shown in the README's screenshots. */
  let refundedOrderId: string | undefined;

  shopTest.beforeAll(async ({ browserShops }) => {
    shop = await browserShops.shared();
    browser = await launchBrowser();
    api = new ApiClient(shop.routerUrl);
    const auth = await login(api, DEMO_ADMIN.email, DEMO_ADMIN.password);
    admin = api.as(auth.accessToken!);
    sku = `OPS-${Date.now().toString(36).toUpperCase()}`;
    variant = await stockedVariant(admin, sku, 2_500, 50);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh customer's confirmed order of `quantity` units of the test variant. */
  async function placeOrder(label: string, quantity = 2) {
    const { client, userId } = await newCustomer(api, label);
    const cart = await addToCart(client, variant.variantId, quantity);
    const placed = await checkout(client, cart.id, `${label}-${Date.now()}`);
    expect(placed.userErrors).toEqual([]);
    await confirmed(placed.order!.id);
    return { customer: client, customerId: userId, order: placed.order! };
  }

  /** Checkout answers before its saga settles in the shared shop: waits until the order is paid. */
  async function confirmed(orderId: string) {
    await eventually(async () => expect((await orderDetails(orderId)).status).toBe('CONFIRMED'));
  }

  async function orderDetails(id: string) {
    const data = await admin.data<{
      order: {
        status: string;
        lines: { id: string; quantity: number }[];
        shipment: { id: string; status: string } | null;
        payment: { id: string; status: string; refunds: { amount: { amount: number } }[] } | null;
      };
    }>(
      'query($id: ID!) { order(id: $id) { status lines { id quantity } shipment { id status } payment { id status refunds { amount { amount } } } } }',
      { id },
    );
    return data.order;
  }

  /** A delivered order of a fresh customer with a return requested for all of it. */
  async function requestedReturn(label: string) {
    const { customer, order } = await placeOrder(label, 1);
    const details = await eventually(async () => {
      const current = await orderDetails(order.id);
      expect(current.shipment).not.toBeNull();
      return current;
    });
    for (const status of ['IN_TRANSIT', 'DELIVERED']) {
      const moved = await admin.data<{ updateShipmentStatus: { userErrors: unknown[] } }>(
        'mutation($s: ID!, $status: ShipmentStatus!) { updateShipmentStatus(shipmentId: $s, status: $status) { userErrors { code message } } }',
        { s: details.shipment!.id, status },
      );
      expect(moved.updateShipmentStatus.userErrors).toEqual([]);
    }
    await expect
      .poll(async () => (await orderDetails(order.id)).status, { timeout: 15_000 })
      .toBe('DELIVERED');
    const requested = await customer.data<{
      requestReturn: { return: { id: string } | null; userErrors: unknown[] };
    }>(
      'mutation($o: ID!, $l: [ReturnLineInput!]!) { requestReturn(orderId: $o, lines: $l, reason: "Does not fit") { return { id } userErrors { code message } } }',
      { o: order.id, l: [{ orderLineId: details.lines[0]!.id, quantity: 1 }] },
    );
    expect(requested.requestReturn.userErrors).toEqual([]);
    return { order, returnId: requested.requestReturn.return!.id };
  }

  async function signIn(page: Page, email: string, password: string) {
    await page.goto(`${shop.apps.admin!}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function adminPage(viewport: Viewport, name: string) {
    const visitor = await newVisitor(browser, viewport);
    screenshotOnFailure(visitor.page, name);
    await signIn(visitor.page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await visitor.page.getByRole('button', { name: 'Sign out' }).waitFor();
    return visitor;
  }

  it('lists orders with filters and refunds part of one exactly once on a double click', async () => {
    const { order } = await placeOrder('refund');
    const { page, context, pageErrors } = await adminPage('desktop', 'ops-refund');
    await page.goto(`${shop.apps.admin!}/orders`);
    await page.getByLabel('Order number').fill(order.number);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.waitForURL(/number=/);
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    await page.getByRole('link', { name: order.number }).click();
    await page.getByRole('heading', { name: `Order ${order.number}` }).waitFor();
    await page.getByRole('region', { name: 'Payment' }).getByText('Left to refund').waitFor();

    await page.getByRole('button', { name: 'Refund' }).click();
    const dialog = page.getByRole('dialog', { name: 'Refund payment' });
    await dialog.getByLabel(/Amount/).fill('10.00');
    await dialog.getByLabel('Reason').fill('Scratched on arrival');
    await dialog.getByRole('button', { name: 'Refund' }).dblclick();
    await page.getByText('Refunded $10.00.').waitFor();
    await page
      .getByRole('list', { name: 'Refunds' })
      .getByText(/\$10\.00/)
      .waitFor();

    const payment = (await orderDetails(order.id)).payment!;
    expect(payment.refunds.map((refund) => refund.amount.amount)).toEqual([1_000]);
    expect(payment.status).toBe('PARTIALLY_REFUNDED');

    await screenshot(page, 'ops-order-detail');
    refundedOrderId = order.id;
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('cancels an order after confirming and shows what was undone', async () => {
    const { order } = await placeOrder('cancel');
    const before = await stockOf(admin, variant);
    const { page, context } = await adminPage('desktop', 'ops-cancel');
    await page.goto(`${shop.apps.admin!}/orders/${order.id}`);
    await page.getByRole('button', { name: 'Cancel order' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel order' }).click();
    await page.getByText(`Order ${order.number} cancelled.`).waitFor();
    await page
      .getByRole('list', { name: 'Status history' })
      .getByText('Cancelled by an administrator.')
      .waitFor();
    await expect.poll(async () => (await orderDetails(order.id)).status).toBe('CANCELLED');
    await expect.poll(async () => (await stockOf(admin, variant)).available).toBe(before.available + 2);
    await expect
      .poll(async () => (await orderDetails(order.id)).payment?.status, { timeout: 15_000 })
      .toMatch(/^(REFUNDED|VOIDED)$/);
    await context.close();
  });

  it('approves and receives one return and rejects another', async () => {
    const kept = await requestedReturn('return-ok');
    const refused = await requestedReturn('return-no');
    const { page, context } = await adminPage('desktop', 'ops-returns');
    await page.goto(`${shop.apps.admin!}/returns`);
    const row = (returnId: string) => page.locator(`tr[data-return-id="${returnId}"]`);

    await row(kept.returnId).getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await row(kept.returnId).getByText('Approved').waitFor();
    await row(kept.returnId).getByRole('button', { name: 'Receive' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Receive and refund' }).click();
    await page.getByText(/Items received/).waitFor();
    await row(kept.returnId)
      .getByText(/^(Received|Refunded)$/)
      .waitFor();

    await row(refused.returnId).getByRole('button', { name: 'Reject' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await dialog.getByText('Reason for the customer is required.').waitFor();
    await dialog.getByLabel('Reason for the customer').fill('Worn and washed');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await row(refused.returnId).getByText('Worn and washed').waitFor();
    await screenshot(page, 'ops-returns');

    const statuses = await admin.data<{ kept: { status: string }; refused: { status: string } }>(
      'query($a: ID!, $b: ID!) { kept: orderReturn(id: $a) { status } refused: orderReturn(id: $b) { status } }',
      { a: kept.returnId, b: refused.returnId },
    );
    expect(['RECEIVED', 'REFUNDED']).toContain(statuses.kept.status);
    expect(statuses.refused.status).toBe('REJECTED');
    await context.close();
  });

  it('adjusts stock from the product page and shows the ledger', async () => {
    const before = await stockOf(admin, variant);
    const { page, context } = await adminPage('desktop', 'ops-stock');
    await page.goto(`${shop.apps.admin!}/products/${variant.productId}`);
    await page.getByRole('button', { name: `Stock of ${sku}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Change on hand by').fill('7');
    await dialog.getByLabel('Reason').fill('Delivery 4711');
    await dialog.getByLabel('Low-stock level').fill('1000');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Stock of ${sku} saved.`).waitFor();
    await expect.poll(async () => (await stockOf(admin, variant)).onHand).toBe(before.onHand + 7);

    await page.getByRole('button', { name: `Ledger of ${sku}` }).click();
    const ledger = page.getByRole('dialog', { name: `Stock ledger of ${sku}` });
    await ledger.getByText(/Delivery 4711/).waitFor();
    await ledger.getByText('+7').waitFor();
    await screenshot(page, 'ops-stock-ledger');
    await ledger.getByRole('button', { name: 'Close' }).click();

    // At or below its new low-stock level, the variant is found on the low-stock list by its SKU.
    await page.goto(`${shop.apps.admin!}/stock`);
    await page.getByLabel('Search by product name or SKU').fill(sku);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('cell', { name: sku, exact: true }).waitFor();
    await context.close();
  });

  it('shows an order detail usable on a phone', async () => {
    const { order } = await placeOrder('phone', 1);
    const { page, context } = await adminPage('phone', 'ops-phone');
    await page.goto(`${shop.apps.admin!}/orders/${order.id}`);
    await page.getByRole('heading', { name: `Order ${order.number}` }).waitFor();
    await page.getByRole('button', { name: 'Refund' }).waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'ops-order-detail-phone');
    await page.getByRole('button', { name: 'Open the menu' }).click();
    await page.getByRole('link', { name: 'Returns' }).click();
    await page.getByRole('heading', { name: 'Returns' }).waitFor();
    await context.close();
  });

  it('keeps the tax table (add, edit, remove) and shows an order’s tax, on a laptop and a phone', async () => {
    const { page, context, pageErrors } = await adminPage('desktop', 'ops-tax-rates');
    await page.goto(`${shop.apps.admin!}/tax-rates`);
    await page.getByRole('heading', { name: 'Tax rates' }).waitFor();
    await page.getByRole('button', { name: 'New tax rate' }).click();
    let dialog = page.getByRole('dialog', { name: 'New tax rate' });
    await dialog.getByLabel('Country').fill('fr');
    await dialog.getByLabel('Rate').fill('120');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Enter a percentage from 0 to 100').waitFor();
    await dialog.getByLabel('Rate').fill('20');
    await dialog.getByLabel('Tax shipping too').check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The FR rate was saved.').waitFor();
    await page.getByRole('cell', { name: '20%' }).waitFor();

    await page.getByRole('button', { name: 'Edit FR' }).click();
    dialog = page.getByRole('dialog', { name: 'Edit tax rate' });
    await dialog.getByLabel('Rate').fill('5.5');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: '5.5%' }).waitFor();
    await screenshot(page, 'ops-tax-rates');

    await page.getByRole('button', { name: 'Remove FR' }).click();
    await page
      .getByRole('dialog', { name: 'Remove tax rate' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await page.getByText('The FR rate was removed.').waitFor();
    const left = await admin.data<{ taxRates: { nodes: { country: string }[] } }>(
      '{ taxRates(first: 100) { nodes { country } } }',
    );
    expect(left.taxRates.nodes.map((rate) => rate.country)).not.toContain('FR');

    // An order to a taxed region shows its tax line on the order page.
    await admin.data('mutation($input: SetTaxRateInput!) { setTaxRate(input: $input) { taxRate { id } } }', {
      input: { country: 'GB', region: 'WLS', rate: 0.2, taxShipping: false },
    });
    const cardiff = { ...ADDRESS, city: 'Cardiff', postalCode: 'CF10 1AA', region: 'WLS' };
    const { client } = await newCustomer(api, 'taxed');
    const cart = await addToCart(client, variant.variantId, 1);
    const placed = await checkout(client, cart.id, `taxed-${Date.now()}`, { shipTo: cardiff });
    expect(placed.userErrors).toEqual([]);
    await confirmed(placed.order!.id);
    await page.goto(`${shop.apps.admin!}/orders/${placed.order!.id}`);
    await page.getByText('Tax GB-WLS (20%)').waitFor();
    const taxed = await admin.data<{ order: { taxTotal: { amount: number } } }>(
      'query($id: ID!) { order(id: $id) { taxTotal { amount } } }',
      { id: placed.order!.id },
    );
    expect(taxed.order.taxTotal.amount).toBe(500);
    expect(pageErrors).toEqual([]);
    await context.close();

    const phone = await adminPage('phone', 'ops-tax-rates-phone');
    await phone.page.goto(`${shop.apps.admin!}/tax-rates`);
    await phone.page.getByRole('cell', { name: 'WLS', exact: true }).waitFor();
    expect(await phone.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(phone.page, 'ops-tax-rates-phone');
    await phone.page.goto(`${shop.apps.admin!}/orders/${placed.order!.id}`);
    await phone.page.getByText('Tax GB-WLS (20%)').waitFor();
    await screenshot(phone.page, 'ops-order-tax-phone');
    await phone.context.close();
  });

  it('disables an account, which then cannot sign in, and enables it again', async () => {
    const target = await newCustomer(api, 'disable-me');
    const email = target.auth.user!.email;
    const { page, context } = await adminPage('desktop', 'ops-disable');
    await page.goto(`${shop.apps.admin!}/users/${target.userId}`);
    await page.getByText('Active: this account can sign in.').waitFor();
    await page.getByRole('button', { name: 'Disable account' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason (for administrators)').fill('Chargeback fraud');
    await dialog.getByRole('button', { name: 'Disable account' }).click();
    await page.getByText('Test Customer is disabled and signed out everywhere.').waitFor();
    await page.getByText('Reason: Chargeback fraud').waitFor();

    const refused = await login(api, email, 'correct-horse-battery');
    expect(refused.accessToken).toBeNull();
    expect(refused.userErrors.map((error) => error.code)).toEqual(['ACCOUNT_DISABLED']);

    await page.getByRole('button', { name: 'Enable account' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Enable account' }).click();
    await page.getByText('Test Customer can sign in again.').waitFor();
    expect((await login(api, email, 'correct-horse-battery')).accessToken).toBeTruthy();
    await context.close();
  });

  it('refuses customers, and shows staff only what staff may do', async () => {
    const customer = await newCustomer(api, 'nosy');
    const visitor = await newVisitor(browser, 'desktop');
    screenshotOnFailure(visitor.page, 'ops-roles');
    await signIn(visitor.page, customer.auth.user!.email, 'correct-horse-battery');
    await visitor.page.getByText(/This is a customer account/).waitFor();
    await visitor.context.close();

    const staffer = await newCustomer(api, 'staffer');
    const promoter = await adminPage('desktop', 'ops-promote');
    await promoter.page.goto(`${shop.apps.admin!}/users/${staffer.userId}`);
    await promoter.page.getByRole('heading', { name: 'Test Customer' }).waitFor();
    await promoter.page.getByRole('combobox', { name: /^Role/ }).click();
    await promoter.page.getByRole('option', { name: 'Staff' }).click();
    await promoter.page.getByRole('button', { name: 'Change role' }).click();
    await promoter.page
      .getByRole('dialog')
      .getByText(/read orders, returns, users and stock/)
      .waitFor();
    await promoter.page.getByRole('dialog').getByRole('button', { name: 'Change role' }).click();
    await promoter.page.getByText('Test Customer is now Staff.').waitFor();
    await promoter.context.close();
    const { order } = await placeOrder('staff-view', 1);

    const staff = await newVisitor(browser, 'desktop');
    screenshotOnFailure(staff.page, 'ops-staff');
    await signIn(staff.page, staffer.auth.user!.email, 'correct-horse-battery');
    const navigation = staff.page.getByRole('navigation', { name: 'Dashboard sections' });
    await navigation.getByRole('link', { name: 'Orders' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Dead letters' }).count()).toBe(0);
    expect(await navigation.getByRole('link', { name: 'Products' }).count()).toBe(0);
    await staff.page.goto(`${shop.apps.admin!}/orders/${order.id}`);
    await staff.page.getByRole('heading', { name: `Order ${order.number}` }).waitFor();
    expect(await staff.page.getByRole('button', { name: 'Cancel order' }).count()).toBe(0);
    expect(await staff.page.getByRole('button', { name: 'Refund' }).count()).toBe(0);
    await staff.page.goto(`${shop.apps.admin!}/dead-letters`);
    await staff.page.getByRole('heading', { name: 'Administrators only' }).waitFor();
    await staff.context.close();

    const staffApi = api.as(
      (await login(api, staffer.auth.user!.email, 'correct-horse-battery')).accessToken!,
    );
    const payment = (await orderDetails(order.id)).payment!;
    const refused = await staffApi.request(
      'mutation($p: ID!) { refundPayment(paymentId: $p, amount: 100, reason: "try") { userErrors { code } } }',
      { p: payment.id },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const cancel = await staffApi.request(
      'mutation($id: ID!) { cancelOrder(id: $id) { userErrors { code } } }',
      {
        id: order.id,
      },
    );
    expect(errorCode(cancel)).toBe('FORBIDDEN');
  });

  it.runIf(process.env.UPDATE_SCREENSHOTS === '1')('saves the README screenshots', async () => {
    const { page, context } = await adminPage('desktop', 'ops-readme');
    mkdirSync(README_SCREENSHOTS, { recursive: true });
    await page.goto(`${shop.apps.admin!}/orders`);
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(5);
    await page.screenshot({ path: join(README_SCREENSHOTS, 'admin-orders.png'), fullPage: true });
    if (refundedOrderId) {
      await page.goto(`${shop.apps.admin!}/orders/${refundedOrderId}`);
      await page.getByRole('list', { name: 'Refunds' }).waitFor();
      await page.screenshot({ path: join(README_SCREENSHOTS, 'admin-order-detail.png'), fullPage: true });
    }
    await context.close();
  });
});
