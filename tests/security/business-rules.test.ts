import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequest } from '@msa/testing';
import type { BootedSupergraph } from '../support/boot-supergraph';
import { bootWithAdmin } from '../support/system-with-admin';
import { type ApiClient, newCustomer } from '../support/api';
import { eventually } from '../support/eventually';
import { addToCart, checkout, shippingRates, stockedVariant } from '../support/shop';

const REVIEW =
  'mutation($p: ID!) { createReview(productId: $p, input: { rating: 5, title: "Great", body: "Works well for me." }) { review { id product { id name } } userErrors { code message } } }';

/** Medium findings on business rules: rate binding and the visibility of unpublished products. */
describe('business rules', () => {
  let system: BootedSupergraph;
  let anonymous: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    ({ system, anonymous, admin } = await bootWithAdmin());
  });
  afterAll(() => system?.stop());

  it('refuses a shipping rate quoted for other cart contents at checkout', async () => {
    const variant = await stockedVariant(admin, 'SEC-RATE', 1_000, 100);
    const { client: customer } = await newCustomer(anonymous, 'rate');
    const cart = await addToCart(customer, variant.variantId, 1);
    const cheapRate = (await shippingRates(customer, cart.id))[0]!;

    await addToCart(customer, variant.variantId, 19, cart.id);
    const result = await checkout(customer, cart.id, `rate-${Date.now()}`, { shippingRateId: cheapRate.id });
    expect(result.order).toBeNull();
    expect(result.userErrors.map((e) => e.code)).toEqual(['SHIPPING_RATE_INVALID']);
    expect(result.userErrors[0]!.message).toMatch(/other cart contents/);

    // A rate quoted for the cart as it is now is accepted.
    const placed = await checkout(customer, cart.id, `rate-ok-${Date.now()}`);
    expect(placed.userErrors).toEqual([]);
  });

  it('keeps DRAFT products out of reviews and entity references for non-staff', async () => {
    const created = await admin.data<{ createProduct: { product: { id: string } } }>(
      'mutation { createProduct(input: { name: "Secret launch", status: DRAFT, variants: [{ sku: "SEC-DRAFT", price: 999, weightGrams: 100 }] }) { product { id } } }',
    );
    const draftId = created.createProduct.product.id;
    const live = await stockedVariant(admin, 'SEC-LIVE', 1_000, 5);
    const { client: customer } = await newCustomer(anonymous, 'reviewer');

    // Once the catalog events reached reviews (the later, ACTIVE product is reviewable)...
    await eventually(async () => {
      const data = await customer.data<{ createReview: { userErrors: unknown[] } }>(REVIEW, {
        p: live.productId,
      });
      expect(data.createReview.userErrors).toEqual([]);
    });
    // ...the DRAFT product still cannot be reviewed, so no Review.product can reveal it.
    const draft = await customer.data<{ createReview: { review: unknown; userErrors: { code: string }[] } }>(
      REVIEW,
      {
        p: draftId,
      },
    );
    expect(draft.createReview.review).toBeNull();
    expect(draft.createReview.userErrors.map((e) => e.code)).toEqual(['PRODUCT_NOT_FOUND']);

    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id name status } } }`;
    const representations = [{ __typename: 'Product', id: draftId }];
    const products = system.subgraphs.products!.url;
    const asAnonymous = await graphqlRequest<{ _entities: unknown[] }>(products, entities, {
      r: representations,
    });
    expect(asAnonymous.data?._entities).toEqual([null]);
    const customerToken = await system.mintToken('CUSTOMER');
    const asCustomer = await graphqlRequest<{ _entities: unknown[] }>(
      products,
      entities,
      { r: representations },
      {
        token: customerToken,
      },
    );
    expect(asCustomer.data?._entities).toEqual([null]);
    const staffToken = await system.mintToken('STAFF');
    const asStaff = await graphqlRequest<{ _entities: { id: string }[] }>(
      products,
      entities,
      { r: representations },
      {
        token: staffToken,
      },
    );
    expect(asStaff.data?._entities[0]?.id).toBe(draftId);
  });
});
