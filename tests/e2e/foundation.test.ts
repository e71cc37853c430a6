import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '@msa/testing';
import { seed as seedUsers } from '@msa/users/seed';
import { bootSupergraph, type BootedSupergraph } from '../support/boot-supergraph';
import { ApiClient, login, refresh, register } from '../support/api';

/**
 * The foundation flow through the router, exactly as a client sees it: accounts, tokens, the admin building a
 * catalog, anonymous browsing, and every limit the router enforces.
 */
describe('foundation: users, products and the router', () => {
  let system: BootedSupergraph;
  let anonymous: ApiClient;
  let admin: ApiClient;
  let customer: ApiClient;
  let customerRefreshToken: string;
  let productId: string;

  beforeAll(async () => {
    system = await bootSupergraph({ rateLimitPoints: 20_000, rateLimitWindowSeconds: 60 });
    await seedUsers({ databaseUrl: system.databases.users!.url, log: () => {} });
    anonymous = new ApiClient(system.routerUrl);
    const adminAuth = await login(
      anonymous,
      'admin@example.com',
      process.env.DEMO_ADMIN_PASSWORD ?? 'admin-dev-password',
    );
    expect(adminAuth.userErrors).toEqual([]);
    admin = anonymous.as(adminAuth.accessToken!);
  });
  afterAll(() => system?.stop());

  it('registers, logs in and answers me', async () => {
    const email = `shopper-${Date.now()}@example.com`;
    const registered = await register(anonymous, email, 'a-long-enough-passphrase', 'Shopper');
    expect(registered.userErrors).toEqual([]);
    expect(registered.user?.role).toBe('CUSTOMER');

    const duplicate = await register(anonymous, email.toUpperCase(), 'a-long-enough-passphrase');
    expect(duplicate.userErrors[0]?.code).toBe('EMAIL_TAKEN');

    const wrong = await login(anonymous, email, 'not-the-password');
    expect(wrong.accessToken).toBeNull();
    expect(wrong.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');

    const signedIn = await login(anonymous, email, 'a-long-enough-passphrase');
    expect(signedIn.accessToken).toBeTruthy();
    customer = anonymous.as(signedIn.accessToken!);
    customerRefreshToken = signedIn.refreshToken!;
    const me = await customer.data<{ me: { email: string; name: string; role: string } }>(
      '{ me { email name role } }',
    );
    expect(me.me).toEqual({ email, name: 'Shopper', role: 'CUSTOMER' });
  });

  it('lets the admin build a catalog: category, product, variant and image', async () => {
    const category = await admin.data<{
      createCategory: { category: { id: string; slug: string }; userErrors: unknown[] };
    }>(
      'mutation($input: CreateCategoryInput!) { createCategory(input: $input) { category { id slug } userErrors { code message } } }',
      { input: { name: 'Studio Monitors' } },
    );
    expect(category.createCategory.userErrors).toEqual([]);
    expect(category.createCategory.category.slug).toBe('studio-monitors');

    const created = await admin.data<{
      createProduct: { product: { id: string; slug: string; status: string }; userErrors: unknown[] };
    }>(
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id slug status } userErrors { code message } } }`,
      {
        input: {
          name: 'Reference Monitor',
          description: 'A flat, honest near-field monitor.',
          categoryId: category.createCategory.category.id,
          status: 'ACTIVE',
          variants: [
            {
              sku: 'REF-MON-5',
              title: '5 inch',
              options: [{ name: 'Size', value: '5"' }],
              price: 19900,
              compareAtPrice: 24900,
              weightGrams: 5200,
            },
          ],
        },
      },
    );
    expect(created.createProduct.userErrors).toEqual([]);
    productId = created.createProduct.product.id;

    const variant = await admin.data<{
      addProductVariant: {
        variant: { sku: string; price: { amount: number } } | null;
        userErrors: unknown[];
      };
    }>(
      `mutation($productId: ID!, $input: ProductVariantInput!) { addProductVariant(productId: $productId, input: $input) { variant { sku price { amount } } userErrors { code message } } }`,
      {
        productId,
        input: {
          sku: 'REF-MON-8',
          options: [{ name: 'Size', value: '8"' }],
          price: 29900,
          weightGrams: 8100,
        },
      },
    );
    expect(variant.addProductVariant.userErrors).toEqual([]);
    expect(variant.addProductVariant.variant?.price.amount).toBe(29900);

    const png = tinyPng();
    const form = new FormData();
    form.append('alt', 'Front view');
    form.append('file', new Blob([Uint8Array.from(png)], { type: 'image/png' }), 'front.png');
    const upload = await fetch(
      system.routerUrl.replace('/graphql', `/uploads/products/${productId}/images`),
      {
        method: 'POST',
        headers: { authorization: `Bearer ${admin.token}` },
        body: form,
      },
    );
    expect(upload.status).toBe(201);
    const { image } = (await upload.json()) as { image: { url: string; alt: string } };
    expect(image.alt).toBe('Front view');
    const served = await fetch(image.url);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);

    const customerUpload = await fetch(
      system.routerUrl.replace('/graphql', `/uploads/products/${productId}/images`),
      {
        method: 'POST',
        headers: { authorization: `Bearer ${customer.token}` },
        body: form,
      },
    );
    expect(customerUpload.status).toBe(403);
  });

  it('lets anyone browse with pagination, filters and a capped page size', async () => {
    for (let n = 0; n < 5; n += 1) {
      await admin.data(
        'mutation($input: CreateProductInput!) { createProduct(input: $input) { userErrors { code } } }',
        {
          input: {
            name: `Cable ${n}`,
            status: 'ACTIVE',
            variants: [{ sku: `CABLE-${n}`, price: 1000 + n * 100 }],
          },
        },
      );
    }
    await admin.data(
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { userErrors { code } } }',
      {
        input: { name: 'Secret Draft', status: 'DRAFT', variants: [{ sku: 'DRAFT-1', price: 500 }] },
      },
    );

    const query = `query($first: Int, $after: String, $filter: ProductFilter) {
      products(first: $first, after: $after, filter: $filter, sort: PRICE_ASC) {
        totalCount pageInfo { hasNextPage endCursor } nodes { name priceRange { min { amount } } images { url } category { name } }
      } }`;
    const first = await anonymous.data<{
      products: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { name: string }[];
      };
    }>(query, { first: 4 });
    expect(first.products.totalCount).toBe(6);
    expect(first.products.nodes.map((p) => p.name)).toEqual(['Cable 0', 'Cable 1', 'Cable 2', 'Cable 3']);
    expect(first.products.pageInfo.hasNextPage).toBe(true);
    const second = await anonymous.data<{
      products: { pageInfo: { hasNextPage: boolean }; nodes: { name: string }[] };
    }>(query, {
      first: 4,
      after: first.products.pageInfo.endCursor,
    });
    expect(second.products.nodes.map((p) => p.name)).toEqual(['Cable 4', 'Reference Monitor']);
    expect(second.products.pageInfo.hasNextPage).toBe(false);

    const filtered = await anonymous.data<{
      products: { nodes: { name: string; images: { url: string }[]; category: { name: string } }[] };
    }>(query, {
      first: 10,
      filter: { minPrice: 10000 },
    });
    expect(filtered.products.nodes).toHaveLength(1);
    expect(filtered.products.nodes[0]).toMatchObject({
      name: 'Reference Monitor',
      category: { name: 'Studio Monitors' },
    });
    expect(filtered.products.nodes[0]!.images).toHaveLength(1);

    const capped = await anonymous.request(query, { first: 500 });
    expect(errorCode(capped)).toBe('BAD_USER_INPUT');
    expect(capped.errors?.[0]?.message).toMatch(/100/);
  });

  it('rotates refresh tokens and revokes the family when an old one is reused after its successor', async () => {
    const rotated = await refresh(anonymous, customerRefreshToken);
    expect(rotated.userErrors).toEqual([]);
    expect(rotated.refreshToken).not.toBe(customerRefreshToken);

    const latest = await refresh(anonymous, rotated.refreshToken!);
    expect(latest.userErrors).toEqual([]);

    const reused = await refresh(anonymous, customerRefreshToken);
    expect(reused.accessToken).toBeNull();
    expect(reused.userErrors[0]?.code).toBe('REFRESH_TOKEN_REUSED');

    const afterRevocation = await refresh(anonymous, latest.refreshToken!);
    expect(afterRevocation.accessToken).toBeNull();
    expect(afterRevocation.userErrors.length).toBeGreaterThan(0);
  });

  it('refuses customers on admin mutations and on other users’ addresses', async () => {
    const forbidden = await customer.request(
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { userErrors { code } } }',
      { input: { name: 'Not allowed', variants: [{ sku: 'NOPE-1', price: 100 }] } },
    );
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    expect(errorCode(await customer.request('{ users(first: 5) { totalCount } }'))).toBe('FORBIDDEN');

    const other = await register(anonymous, `other-${Date.now()}@example.com`, 'another-long-passphrase');
    const otherClient = anonymous.as(other.accessToken!);
    const address = await otherClient.data<{ addAddress: { address: { id: string } } }>(
      'mutation($input: AddAddressInput!) { addAddress(input: $input) { address { id } userErrors { code message } } }',
      {
        input: {
          name: 'Other Person',
          line1: '1 Main St',
          city: 'Springfield',
          postalCode: '12345',
          country: 'US',
        },
      },
    );
    const addressId = address.addAddress.address.id;
    const update = await customer.request(
      'mutation($id: ID!, $input: UpdateAddressInput!) { updateAddress(id: $id, input: $input) { address { id } userErrors { code } } }',
      {
        id: addressId,
        input: {
          name: 'Hijack',
          line1: '2 Main St',
          city: 'Springfield',
          postalCode: '12345',
          country: 'US',
        },
      },
    );
    const removal = await customer.request(
      'mutation($id: ID!) { removeAddress(id: $id) { userErrors { code } } }',
      { id: addressId },
    );
    for (const response of [update, removal]) {
      const refused =
        ['FORBIDDEN', 'NOT_FOUND'].includes(String(errorCode(response))) ||
        JSON.stringify(response.data).match(/FORBIDDEN|NOT_FOUND|ADDRESS_NOT_FOUND/);
      expect(refused).toBeTruthy();
    }
    const stillThere = await otherClient.data<{ me: { addresses: { id: string; name: string }[] } }>(
      '{ me { addresses { id name } } }',
    );
    expect(stillThere.me.addresses).toEqual([{ id: addressId, name: 'Other Person' }]);
  });

  it('rejects a depth bomb and an alias flood before planning', async () => {
    const deep = `{ categories { children { children { children { children { children { children { children { children { children { children { children { children { id } } } } } } } } } } } } } }`;
    const depth = await anonymous.request(deep);
    expect(errorCode(depth)).toBe('QUERY_TOO_COMPLEX');
    expect(depth.status).toBe(400);

    const aliases = Array.from({ length: 60 }, (_, n) => `a${n}: categories { id }`).join(' ');
    expect(errorCode(await anonymous.request(`{ ${aliases} }`))).toBe('QUERY_TOO_COMPLEX');
  });

  it('rejects a forged token', async () => {
    const forged = `${admin.token!.split('.').slice(0, 2).join('.')}.${Buffer.from('not-a-signature').toString('base64url')}`;
    const response = await anonymous.as(forged).request('{ me { id } }');
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.status).toBe(401);
  });

  it('rate-limits a flooding client with RATE_LIMITED and retryAfter, sparing others', async () => {
    const flooder = await register(anonymous, `flood-${Date.now()}@example.com`, 'flooding-passphrase-1');
    const flooding = anonymous.as(flooder.accessToken!);
    const expensive = '{ products(first: 100) { nodes { variants { id sku } } } }';
    let limited: Awaited<ReturnType<ApiClient['request']>> | undefined;
    for (let n = 0; n < 200 && !limited; n += 1) {
      const response = await flooding.request(expensive);
      if (errorCode(response) === 'RATE_LIMITED') limited = response;
    }
    expect(limited, 'the flooding client was never limited').toBeDefined();
    expect(limited!.status).toBe(429);
    expect(Number(limited!.errors?.[0]?.extensions?.retryAfter)).toBeGreaterThan(0);
    expect(errorCode(await customer.request('{ me { id } }'))).toBeUndefined();
  });
});

/** A valid 1x1 PNG. */
function tinyPng(): Buffer {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
}
