import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ApiClient, login, newCustomer } from '../../support/api';
import { stockedVariant } from '../../support/shop';
import { DEMO_ADMIN } from '../support/shop';

/** Waits for what the page shows, as long as the browser's own actions may take (expect.poll waits 1 s). */
export function eventually<T>(read: () => T | Promise<T>, timeout = 20_000) {
  return expect.poll(read, { timeout });
}

/** Screenshots of the README tour, refreshed only when UPDATE_SCREENSHOTS=1. */
export async function tourScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const path = join(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots', `${name}.png`);
  // From the top, so the sticky header sits where it belongs in the full-page picture.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path, fullPage: true });
}

export const TEST_ADDRESS = {
  name: 'Ada Lovelace',
  line1: '12 Analytical Row',
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701',
  country: 'US',
};

/** Types TEST_ADDRESS into the checkout's new-address form. */
export async function fillTestAddress(addressSection: Locator): Promise<void> {
  await addressSection.getByLabel('Full name').fill(TEST_ADDRESS.name);
  await addressSection.getByLabel('Street and number').fill(TEST_ADDRESS.line1);
  await addressSection.getByLabel('City').fill(TEST_ADDRESS.city);
  await addressSection.getByLabel('State or region (optional)').fill(TEST_ADDRESS.region);
  await addressSection.getByLabel('Postal code').fill(TEST_ADDRESS.postalCode);
}

/** A unique email for a customer a test creates. */
export function freshEmail(label: string): string {
  return `${label}-${Math.random().toString(36).slice(2, 10)}@example.com`;
}

/** The header's cart button, named by its item count. */
export function cartButton(page: Page) {
  return page.getByRole('link', { name: /^Cart, \d+ items$/ });
}

export async function cartCount(page: Page): Promise<number> {
  const label = (await cartButton(page).getAttribute('aria-label')) ?? '';
  return Number(/Cart, (\d+) items/.exec(label)?.[1] ?? NaN);
}

/** The status chip of the order page. */
export function orderStatus(page: Page) {
  return page.getByTestId('order-status');
}

/** Leaves a marker in the page that a full reload would lose. */
export async function markPage(page: Page): Promise<void> {
  await page.evaluate('window.__sameDocument = true');
}

export async function stillSameDocument(page: Page): Promise<boolean> {
  return (await page.evaluate('window.__sameDocument === true')) === true;
}

/** A product the journeys buy, on sale with plenty of stock: the shop's newest when it is made. */
export interface JourneyProduct {
  slug: string;
  variantId: string;
}

/** Creates a product of the test's own, so that what other tests did to the catalog and its stock cannot matter. */
export async function journeyProduct(routerUrl: string): Promise<JourneyProduct> {
  const api = new ApiClient(routerUrl);
  const admin = api.as((await login(api, DEMO_ADMIN.email, DEMO_ADMIN.password)).accessToken!);
  const sku = `JOURNEY-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  const { productId, variantId } = await stockedVariant(admin, sku, 2_400, 500);
  const { product } = await api.data<{ product: { slug: string } }>(
    'query($id: ID!) { product(id: $id) { slug } }',
    { id: productId },
  );
  return { slug: product.slug, variantId };
}

/**
 * Through the API: a customer with a saved address and a filled cart (two of the variant, by default the first
 * in stock of the newest products), for journeys that start signed in.
 */
export async function customerWithCart(routerUrl: string, label: string, variantId?: string) {
  const api = new ApiClient(routerUrl);
  const { client, auth } = await newCustomer(api, label);
  await client.data(
    `mutation($input: AddAddressInput!) { addAddress(input: $input) { userErrors { code } } }`,
    { input: { ...TEST_ADDRESS, isDefault: true } },
  );
  const added = await client.data<{ addToCart: { userErrors: { code: string }[] } }>(
    'mutation($v: ID!) { addToCart(variantId: $v, quantity: 2) { userErrors { code } } }',
    { v: variantId ?? (await newestInStock(api)) },
  );
  expect(added.addToCart.userErrors).toEqual([]);
  return { email: auth.user!.email, password: 'correct-horse-battery' };
}

async function newestInStock(api: ApiClient): Promise<string> {
  const products = await api.data<{
    products: { nodes: { variants: { id: string; inStock: boolean }[] }[] };
  }>('{ products(first: 20, sort: NEWEST) { nodes { variants { id inStock } } } }');
  const variant = products.products.nodes.flatMap((product) => product.variants).find((v) => v.inStock);
  if (!variant) throw new Error('no variant in stock in the demo catalog');
  return variant.id;
}

/** Moves an order's parcel along as the carrier would, through the admin API. */
export async function deliverOrder(routerUrl: string, orderId: string): Promise<void> {
  const api = new ApiClient(routerUrl);
  const admin = await login(api, DEMO_ADMIN.email, DEMO_ADMIN.password);
  const client = api.as(admin.accessToken!);
  const { order } = await client.data<{ order: { shipment: { id: string } | null } }>(
    'query($id: ID!) { order(id: $id) { shipment { id } } }',
    { id: orderId },
  );
  if (!order.shipment) throw new Error('the order has no shipment yet');
  for (const [status, location] of [
    ['IN_TRANSIT', 'Sorting hub, Memphis, US'],
    ['OUT_FOR_DELIVERY', 'Springfield depot, US'],
    ['DELIVERED', 'Springfield, US'],
  ] as const) {
    const result = await client.data<{ updateShipmentStatus: { userErrors: { code: string }[] } }>(
      'mutation($id: ID!, $s: ShipmentStatus!, $l: String) { updateShipmentStatus(shipmentId: $id, status: $s, location: $l) { userErrors { code } } }',
      { id: order.shipment.id, s: status, l: location },
    );
    expect(result.updateShipmentStatus.userErrors).toEqual([]);
  }
}

/** The product's card on a listing such as the home page. */
export function productLink(page: Page, product: JourneyProduct) {
  return page.locator(`a[href="/products/${product.slug}"]`).first();
}

/** The order id of the order page the browser is on. */
export function orderIdOf(page: Page): string {
  const match = /\/account\/orders\/([^/?#]+)/.exec(page.url());
  if (!match) throw new Error(`not on an order page: ${page.url()}`);
  return decodeURIComponent(match[1]!);
}

/**
 * From the product on the shop's home page to the guest checkout's "Place order", ready to click: one item in
 * the cart, the guest's email and TEST_ADDRESS, the first delivery option and the test card named `card`.
 */
export async function fillGuestCheckout(
  page: Page,
  webUrl: string,
  product: JourneyProduct,
  email: string,
  card: string,
) {
  await page.goto(webUrl);
  await productLink(page, product).click();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await eventually(() => cartCount(page)).toBe(1);
  await cartButton(page).click();
  await page.getByRole('link', { name: 'Check out as a guest' }).click();
  await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();

  await page.getByRole('region', { name: 'Contact' }).getByLabel('Email').fill(email);
  const addressSection = page.getByRole('region', { name: 'Shipping address' });
  await fillTestAddress(addressSection);
  expect(await addressSection.getByText('Save to my address book').count()).toBe(0);
  await addressSection.getByRole('button', { name: 'Ship to this address' }).click();
  await page.getByRole('region', { name: 'Delivery' }).getByRole('radio').first().check();
  await page.getByRole('radio', { name: card }).check();
  const summary = page.getByRole('complementary', { name: 'Order summary' });
  await eventually(() => summary.getByRole('button', { name: 'Place order' }).isEnabled()).toBe(true);
  return summary;
}
