import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { graphqlRequest } from '@msa/testing';
import { seed as seedUsers } from '@msa/users/seed';
import { bootSupergraph, type BootedSupergraph } from '../support/boot-supergraph';
import { ApiClient, login } from '../support/api';
import { ADDRESS, addToCart, stockedVariant } from '../support/shop';

/**
 * Guest-cart reads that shipping makes through the router used to be charged to one bucket (shipping's
 * own address), so one busy guest could exhaust every guest's shipping quotes. They are charged to the
 * original client now.
 */
describe('reads services make for a client are rate-limited as that client', () => {
  let system: BootedSupergraph;
  let redis: Redis;

  const spent = async (clientKey: string) =>
    (await redis.hvals(`${system.queuePrefix}:rl:${clientKey}`)).reduce((sum, v) => sum + Number(v), 0);

  beforeAll(async () => {
    // The router trusts loopback hops, as a cluster's router trusts the pod network.
    system = await bootSupergraph({ trustProxy: 'loopback' });
    redis = new Redis(system.redisUrl);
    await seedUsers({ databaseUrl: system.databases.users!.url, log: () => {} });
  });
  afterAll(async () => {
    redis?.disconnect();
    await system?.stop();
  });

  it("charges shipping's guest-cart read to the guest, not to the shipping service", async () => {
    const anonymous = new ApiClient(system.routerUrl);
    const auth = await login(
      anonymous,
      'admin@example.com',
      process.env.DEMO_ADMIN_PASSWORD ?? 'admin-dev-password',
    );
    const variant = await stockedVariant(anonymous.as(auth.accessToken!), 'SEC-GUEST', 1_000, 10);
    const guestCart = await addToCart(anonymous, variant.variantId, 1);

    const guest = '203.0.113.77';
    const guestBefore = await spent(`ip:${guest}`);
    const serviceBefore = await spent('ip:127.0.0.1');
    const quoted = await graphqlRequest<{ shippingRates: { id: string }[] }>(
      system.routerUrl,
      'query($input: ShippingRatesInput!) { shippingRates(input: $input) { id } }',
      {
        input: {
          cartId: guestCart.id,
          destination: { country: ADDRESS.country, postalCode: ADDRESS.postalCode },
        },
      },
      { headers: { 'x-forwarded-for': guest } },
    );
    expect(quoted.errors).toBeUndefined();
    expect(quoted.data!.shippingRates.length).toBeGreaterThan(0);

    // The guest paid for the quote and for shipping's cart read (at least two admissions)...
    expect((await spent(`ip:${guest}`)) - guestBefore).toBeGreaterThanOrEqual(2);
    // ...and nothing was charged to the address the shipping service calls from.
    expect(await spent('ip:127.0.0.1')).toBe(serviceBefore);
  });
});
