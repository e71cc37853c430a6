import { randomUUID } from 'node:crypto';
import { graphqlRequest } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCustomer, type ApiClient } from '../support/api';
import type { BootedSupergraph } from '../support/boot-supergraph';
import { ADDRESS, addToCart, shippingRates, stockedVariant } from '../support/shop';
import { bootWithAdmin } from '../support/system-with-admin';
import { ACCESS_RULES, type AccessRule } from './access-rules';
import { runPool } from './support/run-pool';
import {
  batchDocument,
  loadApiSchema,
  rootFields,
  sampleArguments,
  type RootField,
} from './support/schema-operations';

type Caller = 'anonymous' | 'customer' | 'otherCustomer' | 'staff' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'customer', 'otherCustomer', 'staff', 'admin'];
type Refusal = 'UNAUTHENTICATED' | 'FORBIDDEN' | null;
/** Fields per request; the router allows 30 aliases and a bounded cost per operation. */
const BATCH_SIZE = 8;

/**
 * What each rule demands of each caller, for calls with valid-looking arguments naming nobody's objects:
 * the refusal expected, or 'not refused' (answered, or refused for another reason such as NOT_FOUND).
 * GUEST_OR_OWNER leaves a guest's outcome open (some of those fields serve guests, some ask them to sign in).
 */
const EXPECTED: Record<AccessRule, Record<Caller, Refusal | 'not refused' | 'any'>> = {
  PUBLIC: {
    anonymous: 'not refused',
    customer: 'not refused',
    otherCustomer: 'not refused',
    staff: 'not refused',
    admin: 'not refused',
  },
  GUEST_OR_OWNER: {
    anonymous: 'any',
    customer: 'not refused',
    otherCustomer: 'not refused',
    staff: 'not refused',
    admin: 'not refused',
  },
  SIGNED_IN: {
    anonymous: 'UNAUTHENTICATED',
    customer: 'not refused',
    otherCustomer: 'not refused',
    staff: 'any',
    admin: 'any',
  },
  STAFF: {
    anonymous: 'UNAUTHENTICATED',
    customer: 'FORBIDDEN',
    otherCustomer: 'FORBIDDEN',
    staff: 'not refused',
    admin: 'not refused',
  },
  ADMIN: {
    anonymous: 'UNAUTHENTICATED',
    customer: 'FORBIDDEN',
    otherCustomer: 'FORBIDDEN',
    staff: 'FORBIDDEN',
    admin: 'not refused',
  },
  SERVICE: {
    anonymous: 'UNAUTHENTICATED',
    customer: 'FORBIDDEN',
    otherCustomer: 'FORBIDDEN',
    staff: 'FORBIDDEN',
    admin: 'FORBIDDEN',
  },
};

function refusalOf(codes: string[]): Refusal {
  if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
  return null;
}

describe('authorization matrix of every Query and Mutation field', () => {
  const schema = loadApiSchema();
  const fields = rootFields(schema);
  let system: BootedSupergraph;
  let tokens: Record<Caller, string | undefined>;
  let clients: Record<Caller, ApiClient>;

  beforeAll(async () => {
    const booted = await bootWithAdmin();
    system = booted.system;
    const [customer, otherCustomer] = await Promise.all([
      newCustomer(booted.anonymous, 'matrix-a'),
      newCustomer(booted.anonymous, 'matrix-b'),
    ]);
    tokens = {
      anonymous: undefined,
      customer: customer.client.token,
      otherCustomer: otherCustomer.client.token,
      staff: await system.mintToken('STAFF'),
      admin: booted.admin.token,
    };
    clients = {
      anonymous: booted.anonymous,
      customer: customer.client,
      otherCustomer: otherCustomer.client,
      staff: booted.anonymous.as(tokens.staff),
      admin: booted.admin,
    };
  });
  afterAll(() => system?.stop());

  interface Outcome {
    key: string;
    rule: AccessRule;
    caller: Caller;
    status: number;
    codes: string[];
  }

  /**
   * Calls every field as every caller, several fields of one rule and kind per request. A field the batched
   * answer does not account for (no data under its alias and no error on its path: a failed non-null field
   * nulls the whole answer, and a failed mutation stops the ones after it) is called again on its own.
   */
  async function callEveryField(roots: readonly RootField[]): Promise<Outcome[]> {
    const groups = new Map<string, RootField[]>();
    for (const root of roots) {
      const key = `${root.kind}|${ACCESS_RULES[root.key]}`;
      groups.set(key, [...(groups.get(key) ?? []), root]);
    }
    const batches = [...groups.values()].flatMap((group) =>
      Array.from({ length: Math.ceil(group.length / BATCH_SIZE) }, (_, i) =>
        group.slice(i * BATCH_SIZE, (i + 1) * BATCH_SIZE),
      ),
    );
    const call = async (caller: Caller, batch: RootField[]): Promise<Outcome[]> => {
      const entries = batch.map((root) => ({ root, variables: sampleArguments(root.field) }));
      const { document, variables } = batchDocument(batch[0]!.kind, entries);
      const response = await graphqlRequest<Record<string, unknown>>(system.routerUrl, document, variables, {
        token: tokens[caller],
      });
      const outcomes: Outcome[] = [];
      const unaccounted: RootField[] = [];
      batch.forEach((root, index) => {
        const alias = `f${index}`;
        const errors = (response.errors ?? []).filter((error) => error.path?.[0] === alias);
        const answered = response.data != null && alias in response.data;
        if (!errors.length && !answered && batch.length > 1) return unaccounted.push(root);
        outcomes.push({
          key: root.key,
          rule: ACCESS_RULES[root.key]!,
          caller,
          status: response.status,
          codes: (batch.length > 1 ? errors : (response.errors ?? [])).map((e) =>
            String(e.extensions?.code ?? 'NO_CODE'),
          ),
        });
      });
      for (const root of unaccounted) outcomes.push(...(await call(caller, [root])));
      return outcomes;
    };
    const tasks = batches.flatMap((batch) => CALLERS.map((caller) => () => call(caller, batch)));
    return (await runPool(tasks, 4)).flat();
  }

  it('declares an access rule for every field of the composed schema', () => {
    const missing = fields.map((root) => root.key).filter((key) => !(key in ACCESS_RULES));
    expect(missing).toEqual([]);
    expect(fields.length).toBeGreaterThan(90);
  });

  it('holds every rule for anonymous, two customers, staff and an administrator, never failing inside', async () => {
    const declared = fields.filter((root) => root.key in ACCESS_RULES);
    const outcomes = await callEveryField(declared);

    const broken = outcomes
      .filter((o) => o.status >= 500 || o.codes.includes('INTERNAL_SERVER_ERROR'))
      .map((o) => `${o.key} as ${o.caller}: ${o.status} ${o.codes.join(',')}`);
    const violations = outcomes.flatMap((o) => {
      const expected = EXPECTED[o.rule][o.caller];
      const actual = refusalOf(o.codes);
      if (expected === 'any') return [];
      if (expected === 'not refused' ? actual === null : actual === expected) return [];
      return [
        `${o.key} (${o.rule}) as ${o.caller}: expected ${expected}, got ${actual ?? (o.codes.join(',') || 'data')}`,
      ];
    });
    expect(broken).toEqual([]);
    expect(violations).toEqual([]);
    expect(outcomes.length).toBe(declared.length * CALLERS.length);
  }, 120_000);

  describe("another customer's things", () => {
    let cartId: string;
    let rateId: string;
    let pushToken: string;
    let addressId: string;

    beforeAll(async () => {
      const variant = await stockedVariant(
        clients.admin,
        `SEC-MATRIX-${randomUUID().slice(0, 6)}`,
        1_500,
        10,
      );
      cartId = (await addToCart(clients.customer, variant.variantId, 1)).id;
      rateId = (await shippingRates(clients.customer, cartId))[0]!.id;
      pushToken = `matrix-device-${randomUUID()}`;
      const registered = await clients.customer.data<{ registerPushToken: { userErrors: unknown[] } }>(
        'mutation($t: String!) { registerPushToken(token: $t, platform: IOS) { userErrors { code } } }',
        { t: pushToken },
      );
      expect(registered.registerPushToken.userErrors).toEqual([]);
      const added = await clients.customer.data<{ addAddress: { address: { id: string } } }>(
        'mutation($input: AddAddressInput!) { addAddress(input: $input) { address { id } userErrors { code } } }',
        { input: ADDRESS },
      );
      addressId = added.addAddress.address.id;
    });

    it('keeps a customer cart to its owner: others can neither read nor fill it, staff cannot check it out', async () => {
      const read = 'query($c: ID) { cart(cartId: $c) { id } }';
      expect((await clients.customer.data<{ cart: { id: string } }>(read, { c: cartId })).cart.id).toBe(
        cartId,
      );
      const asOther = await clients.otherCustomer.request<{ cart: unknown }>(read, { c: cartId });
      expect(asOther.data?.cart ?? null).toBeNull();

      const add = await clients.otherCustomer.request<{
        addToCart: { cart: unknown; userErrors: unknown[] } | null;
      }>(
        'mutation($c: ID, $v: ID!) { addToCart(cartId: $c, variantId: $v, quantity: 1) { cart { id } userErrors { code } } }',
        { c: cartId, v: randomUUID() },
      );
      expect(add.data?.addToCart?.cart ?? null).toBeNull();

      for (const caller of ['otherCustomer', 'staff', 'admin'] as const) {
        const result = await clients[caller].data<{
          checkout: { order: unknown; userErrors: { code: string }[] };
        }>(
          'mutation($input: CheckoutInput!) { checkout(input: $input) { order { id } userErrors { code } } }',
          {
            input: {
              cartId,
              shippingAddress: ADDRESS,
              shippingRateId: rateId,
              paymentToken: 'tok_visa',
              idempotencyKey: randomUUID(),
            },
          },
        );
        expect({ caller, ...result.checkout }).toEqual({
          caller,
          order: null,
          userErrors: [{ code: 'CART_NOT_FOUND' }],
        });
      }
    });

    it('answers a shipping rate only to the customer who asked for it', async () => {
      const read = 'query($id: ID!, $c: ID) { shippingRate(id: $id, cartId: $c) { id } }';
      const own = await clients.customer.data<{ shippingRate: { id: string } | null }>(read, {
        id: rateId,
        c: cartId,
      });
      expect(own.shippingRate?.id).toBe(rateId);
      for (const caller of ['anonymous', 'otherCustomer', 'staff', 'admin'] as const) {
        const response = await clients[caller].request<{ shippingRate: unknown }>(read, {
          id: rateId,
          c: cartId,
        });
        expect({ caller, rate: response.data?.shippingRate ?? null, errors: response.errors }).toEqual({
          caller,
          rate: null,
          errors: undefined,
        });
      }
    });

    it("cannot take over or remove another customer's push device", async () => {
      const taken = await clients.otherCustomer.data<{
        registerPushToken: { device: unknown; userErrors: { code: string }[] };
      }>(
        'mutation($t: String!) { registerPushToken(token: $t, platform: IOS) { device { id } userErrors { code } } }',
        {
          t: pushToken,
        },
      );
      expect(taken.registerPushToken).toEqual({ device: null, userErrors: [{ code: 'PUSH_TOKEN_IN_USE' }] });
      const removed = await clients.otherCustomer.data<{ unregisterPushToken: { removed: boolean } }>(
        'mutation($t: String!) { unregisterPushToken(token: $t) { removed } }',
        { t: pushToken },
      );
      expect(removed.unregisterPushToken.removed).toBe(false);
      const devices = await clients.customer.data<{ myPushDevices: { token: string }[] }>(
        '{ myPushDevices { token } }',
      );
      expect(devices.myPushDevices).toContainEqual({ token: pushToken });
    });

    it("cannot change or remove another customer's address", async () => {
      const update = await clients.otherCustomer.request<{ updateAddress: { address: unknown } | null }>(
        'mutation($id: ID!, $input: UpdateAddressInput!) { updateAddress(id: $id, input: $input) { address { id } userErrors { code } } }',
        { id: addressId, input: { name: 'Mallory' } },
      );
      expect(update.data?.updateAddress?.address ?? null).toBeNull();
      const remove = await clients.otherCustomer.request<{
        removeAddress: { removedAddressId: string | null } | null;
      }>('mutation($id: ID!) { removeAddress(id: $id) { removedAddressId userErrors { code } } }', {
        id: addressId,
      });
      expect(remove.data?.removeAddress?.removedAddressId ?? null).toBeNull();
      const me = await clients.customer.data<{ me: { addresses: { id: string; name: string }[] } }>(
        '{ me { addresses { id name } } }',
      );
      expect(me.me.addresses).toContainEqual({ id: addressId, name: 'Ada Lovelace' });
    });
  });
});
