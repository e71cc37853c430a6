import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadSubgraphConfig, subgraphEnv } from './subgraph-config';

const cartEnv = subgraphEnv('cart').extend({ CART_KEY_PREFIX: z.string().min(1).default('cart:') });

describe('loadSubgraphConfig', () => {
  it("resolves the common settings from the topology and the subgraph's own database", () => {
    const config = loadSubgraphConfig('cart', cartEnv, {});
    expect(config).toMatchObject({
      port: 4004,
      host: '127.0.0.1',
      logLevel: 'info',
      databaseUrl: 'postgresql://postgres@127.0.0.1:5432/msa_cart',
      redisUrl: 'redis://127.0.0.1:6379',
      queuePrefix: undefined,
      production: false,
    });
    expect(config.env.CART_KEY_PREFIX).toBe('cart:');
  });

  it('reads the port, queue prefix and database from the environment', () => {
    expect(
      loadSubgraphConfig('cart', cartEnv, {
        PORT: '5004',
        QUEUE_PREFIX: 'staging',
        CART_DATABASE_URL: 'postgresql://db.internal:5432/carts',
        NODE_ENV: 'production',
      }),
    ).toMatchObject({
      port: 5004,
      queuePrefix: 'staging',
      databaseUrl: 'postgresql://db.internal:5432/carts',
      production: true,
    });
    expect(
      loadSubgraphConfig('cart', cartEnv, { DATABASE_URL: 'postgresql://pg:5432/postgres' }),
    ).toMatchObject({ databaseUrl: 'postgresql://pg:5432/msa_cart' });
  });

  it('names every bad value, common or its own', () => {
    expect(() =>
      loadSubgraphConfig('cart', cartEnv, { PORT: 'eighty', CART_DATABASE_URL: 'nope', CART_KEY_PREFIX: '' }),
    ).toThrow(/PORT[\s\S]*CART_DATABASE_URL[\s\S]*CART_KEY_PREFIX/);
  });
});
