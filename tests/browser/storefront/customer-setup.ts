/// <reference lib="dom" />
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ApiClient, login, newCustomer, type AuthResult } from '../../support/api';
import { eventually } from '../../support/eventually';
import { addToCart, checkout, type OrderView } from '../../support/shop';
import { DEMO_ADMIN } from '../support/shop';

/** The storefront's localStorage key of the refresh token (web/src/lib/config.ts). */
const SESSION_KEY = 'msa.web.refreshToken';

/**
 * Starts the browser context signed in as the customer: the refresh token is put where the storefront keeps
 * it before the first page runs, and left alone afterwards (tokens rotate on every refresh).
 */
export async function signInContext(context: BrowserContext, auth: AuthResult): Promise<void> {
  await context.addInitScript(
    ({ key, token }) => {
      if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, token);
    },
    { key: SESSION_KEY, token: auth.refreshToken! },
  );
}

/**
 * Opens a page as the signed-in customer and waits until the header shows the session (the notifications
 * bell appears once the remembered session is restored), which can take a while on a busy machine.
 */
export async function gotoSignedIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('link', { name: /^Notifications/ }).waitFor({ timeout: 30_000 });
}

export async function adminClient(routerUrl: string): Promise<ApiClient> {
  const anonymous = new ApiClient(routerUrl);
  const auth = await login(anonymous, DEMO_ADMIN.email, DEMO_ADMIN.password);
  return anonymous.as(auth.accessToken!);
}

export interface DemoProduct {
  id: string;
  slug: string;
  name: string;
  variantId: string;
}

/** A demo product by slug with a variant in stock. */
export async function demoProduct(routerUrl: string, slug: string): Promise<DemoProduct> {
  const data = await new ApiClient(routerUrl).data<{
    product: { id: string; slug: string; name: string; variants: { id: string; inStock: boolean }[] } | null;
  }>('query($slug: String!) { product(slug: $slug) { id slug name variants { id inStock } } }', { slug });
  const product = data.product;
  if (!product) throw new Error(`no demo product ${slug}`);
  const variant = product.variants.find((v) => v.inStock) ?? product.variants[0]!;
  return { id: product.id, slug: product.slug, name: product.name, variantId: variant.id };
}

/** A new customer who bought the product (a confirmed order paid with the test card). */
export async function customerWhoBought(
  routerUrl: string,
  product: DemoProduct,
  label: string,
): Promise<{ client: ApiClient; auth: AuthResult; order: OrderView }> {
  const { client, auth } = await newCustomer(new ApiClient(routerUrl), label);
  const cart = await addToCart(client, product.variantId, 1);
  const placed = await checkout(client, cart.id, `${label}-${Date.now()}`);
  expect(placed.userErrors).toEqual([]);
  await eventually(async () => {
    const data = await client.data<{ order: { status: string } | null }>(
      'query($id: ID!) { order(id: $id) { status } }',
      {
        id: placed.order!.id,
      },
    );
    expect(data.order?.status).toBe('CONFIRMED');
  });
  return { client, auth, order: placed.order! };
}

/** Waits until the search index has the demo catalog (it fills from catalog events after the seed). */
export async function searchIndexReady(routerUrl: string, words: string): Promise<void> {
  await eventually(
    async () => {
      const data = await new ApiClient(routerUrl).data<{ search: { totalCount: number } }>(
        'query($q: String) { search(query: $q, first: 1) { totalCount } }',
        { q: words },
      );
      expect(data.search.totalCount).toBeGreaterThan(0);
    },
    { timeoutMs: 60_000, intervalMs: 500 },
  );
}

/** The customer's unread in-app notifications as the API counts them. */
export async function unreadCount(client: ApiClient): Promise<number> {
  const data = await client.data<{ myNotifications: { unreadCount: number } }>(
    '{ myNotifications(first: 1) { unreadCount } }',
  );
  return data.myNotifications.unreadCount;
}
