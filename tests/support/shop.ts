import { expect } from 'vitest';
import type { ApiClient } from './api';
import { eventually } from './eventually';

export const ADDRESS = {
  name: 'Ada Lovelace',
  line1: '12 Analytical Row',
  city: 'London',
  postalCode: 'N1 9GU',
  country: 'GB',
};

export interface VariantRef {
  productId: string;
  variantId: string;
}

/** Creates an ACTIVE one-variant product and puts `stock` units on the shelf. */
export async function stockedVariant(
  admin: ApiClient,
  sku: string,
  price: number,
  stock: number,
): Promise<VariantRef> {
  const created = await admin.data<{
    createProduct: { product: { id: string; variants: { id: string }[] }; userErrors: unknown[] };
  }>(
    'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id variants { id } } userErrors { code message } } }',
    { input: { name: `Product ${sku}`, status: 'ACTIVE', variants: [{ sku, price, weightGrams: 500 }] } },
  );
  expect(created.createProduct.userErrors).toEqual([]);
  const variantId = created.createProduct.product.variants[0]!.id;
  const adjusted = await admin.data<{ adjustStock: { userErrors: unknown[] } }>(
    'mutation($v: ID!, $d: Int!) { adjustStock(variantId: $v, delta: $d, reason: "initial delivery") { userErrors { code message } } }',
    { v: variantId, d: stock },
  );
  expect(adjusted.adjustStock.userErrors).toEqual([]);
  return { productId: created.createProduct.product.id, variantId };
}

export interface StockView {
  onHand: number;
  reserved: number;
  available: number;
}

/** Stock as an admin sees it through the supergraph: products owns the variant, inventory its stock. */
export async function stockOf(admin: ApiClient, ref: VariantRef): Promise<StockView> {
  const data = await admin.data<{ product: { variants: { id: string; stock: StockView | null }[] } }>(
    'query($id: ID!) { product(id: $id) { variants { id stock { onHand reserved available } } } }',
    { id: ref.productId },
  );
  const variant = data.product.variants.find((v) => v.id === ref.variantId);
  return variant?.stock ?? { onHand: 0, reserved: 0, available: 0 };
}

export interface CartView {
  id: string;
  itemCount: number;
  lines: { id: string; quantity: number; variant: { id: string }; unitPrice: { amount: number } }[];
}

const CART_FIELDS =
  'cart { id itemCount lines { id quantity variant { id } unitPrice { amount } } } userErrors { code message }';

/** Adds to a cart once the cart service has learned about the variant (catalog events travel over queues). */
export async function addToCart(
  client: ApiClient,
  variantId: string,
  quantity: number,
  cartId?: string,
): Promise<CartView> {
  return eventually(async () => {
    const data = await client.data<{
      addToCart: { cart: CartView | null; userErrors: { code: string; message: string }[] };
    }>(
      `mutation($cartId: ID, $v: ID!, $q: Int!) { addToCart(cartId: $cartId, variantId: $v, quantity: $q) { ${CART_FIELDS} } }`,
      { cartId, v: variantId, q: quantity },
    );
    if (data.addToCart.userErrors.length) throw new Error(JSON.stringify(data.addToCart.userErrors));
    return data.addToCart.cart!;
  });
}

export async function mergeCart(client: ApiClient, guestCartId: string): Promise<CartView> {
  const data = await client.data<{ mergeCart: { cart: CartView; userErrors: unknown[] } }>(
    `mutation($g: ID!) { mergeCart(guestCartId: $g) { ${CART_FIELDS} } }`,
    { g: guestCartId },
  );
  expect(data.mergeCart.userErrors).toEqual([]);
  return data.mergeCart.cart;
}

export interface OrderView {
  id: string;
  number: string;
  status: string;
  cancellationReason: string | null;
  total: { amount: number };
  lines: { quantity: number }[];
  statusHistory: { status: string; note: string | null }[];
}

export const ORDER_FIELDS =
  'id number status cancellationReason total { amount } lines { quantity } statusHistory { status note }';

export interface CheckoutResult {
  order: OrderView | null;
  userErrors: { code: string; message: string }[];
  /** Guests only: the secret that opens the order. */
  orderAccessToken?: string | null;
}

export interface ShippingRateView {
  id: string;
  service: string;
  amount: { amount: number };
}

/** Quotes shipping for the cart to the test address; the cheapest rate comes first. */
/** Where an order ships; ADDRESS unless a test needs another (a taxed region). */
export type ShipTo = typeof ADDRESS & { region?: string };

export async function shippingRates(
  client: ApiClient,
  cartId: string,
  shipTo: ShipTo = ADDRESS,
): Promise<ShippingRateView[]> {
  const data = await client.data<{ shippingRates: ShippingRateView[] }>(
    'query($input: ShippingRatesInput!) { shippingRates(input: $input) { id service amount { amount } } }',
    {
      input: {
        cartId,
        destination: {
          country: shipTo.country,
          postalCode: shipTo.postalCode,
          city: shipTo.city,
          ...(shipTo.region ? { region: shipTo.region } : {}),
        },
      },
    },
  );
  return [...data.shippingRates].sort((a, b) => a.amount.amount - b.amount.amount);
}

export interface CheckoutOptions {
  paymentToken?: string;
  /** Defaults to the cheapest rate quoted for the cart. */
  shippingRateId?: string;
  /** Defaults to ADDRESS. */
  shipTo?: ShipTo;
  /** A guest's email (checkout without a token). */
  email?: string;
}

export async function checkout(
  client: ApiClient,
  cartId: string,
  idempotencyKey: string,
  options: CheckoutOptions = {},
): Promise<CheckoutResult> {
  const shippingRateId =
    options.shippingRateId ?? (await shippingRates(client, cartId, options.shipTo))[0]!.id;
  const data = await client.data<{ checkout: CheckoutResult }>(
    `mutation($input: CheckoutInput!) { checkout(input: $input) { order { ${ORDER_FIELDS} } orderAccessToken userErrors { code message } } }`,
    {
      input: {
        cartId,
        ...(options.email ? { email: options.email } : {}),
        shippingAddress: options.shipTo ?? ADDRESS,
        idempotencyKey,
        shippingRateId,
        paymentToken: options.paymentToken ?? 'tok_visa',
      },
    },
  );
  return data.checkout;
}

export async function orderOf(client: ApiClient, id: string): Promise<OrderView | null> {
  const data = await client.data<{ order: OrderView | null }>(
    `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`,
    { id },
  );
  return data.order;
}

export interface GuestCheckoutResult extends CheckoutResult {
  orderAccessToken: string | null;
}

/** Checkout without an account: the guest cart, an email, and the order's access token in the answer. */
export async function guestCheckout(
  client: ApiClient,
  cartId: string,
  email: string,
  idempotencyKey: string,
  options: CheckoutOptions = {},
): Promise<GuestCheckoutResult> {
  const result = await checkout(client, cartId, idempotencyKey, { ...options, email });
  return { ...result, orderAccessToken: result.orderAccessToken ?? null };
}
