import { describe, expect, it } from 'vitest';
import { loadUsersConfig } from './config';

describe('loadUsersConfig', () => {
  it('defaults to port 4001, the msa_users database, local Redis and 15-minute access tokens', () => {
    const config = loadUsersConfig({});
    expect(config).toMatchObject({
      port: 4001,
      databaseUrl: 'postgresql://postgres@127.0.0.1:5432/msa_users',
      redisUrl: 'redis://127.0.0.1:6379',
      accessTokenTtlSeconds: 900,
      storefrontOrigin: 'http://localhost:3000',
      production: false,
    });
    expect(config.env.JWT_PRIVATE_KEY).toBeUndefined();
  });

  it('reads overrides and treats empty values as unset', () => {
    const config = loadUsersConfig({
      PORT: '5001',
      USERS_DATABASE_URL: 'postgresql://db.internal:5432/users',
      REDIS_URL: 'redis://cache:6379',
      ACCESS_TOKEN_TTL_SECONDS: '300',
      JWT_PRIVATE_KEY: '',
      NODE_ENV: 'production',
    });
    expect(config).toMatchObject({
      port: 5001,
      databaseUrl: 'postgresql://db.internal:5432/users',
      redisUrl: 'redis://cache:6379',
      accessTokenTtlSeconds: 300,
      production: true,
    });
    expect(config.env.JWT_PRIVATE_KEY).toBeUndefined();
  });

  it('derives the database from DATABASE_URL when no specific one is set', () => {
    expect(loadUsersConfig({ DATABASE_URL: 'postgresql://u:p@pg:5432/postgres' }).databaseUrl).toBe(
      'postgresql://u:p@pg:5432/msa_users',
    );
  });

  it('names every bad value', () => {
    expect(() => loadUsersConfig({ PORT: 'abc', ACCESS_TOKEN_TTL_SECONDS: '5' })).toThrow(
      /PORT: must be a whole number from 0 to 65535[\s\S]*ACCESS_TOKEN_TTL_SECONDS: must be a whole number of seconds from 60 to 3600/,
    );
  });

  it('takes the storefront origin for mailed links and refuses a URL with a path', () => {
    expect(loadUsersConfig({ STOREFRONT_ORIGIN: 'https://shop.example.com/' }).storefrontOrigin).toBe(
      'https://shop.example.com',
    );
    expect(() => loadUsersConfig({ STOREFRONT_ORIGIN: 'https://shop.example.com/store' })).toThrow(
      /STOREFRONT_ORIGIN/,
    );
  });
});
