import { describe, expect, it } from 'vitest';
import { loadRouterSettings, parseTrustProxy } from './config';

describe('router configuration', () => {
  it('has working local defaults', () => {
    const settings = loadRouterSettings({});
    expect(settings.env.PORT).toBe(4000);
    expect(settings.mode).toBe('compose');
    expect(settings.env.JWKS_URL).toBe('http://localhost:4001/.well-known/jwks.json');
    expect(settings.env.MAX_QUERY_DEPTH).toBe(12);
    expect(settings.env.SUBSCRIPTION_FETCH_CONCURRENCY).toBe(64);
    expect(settings.env.SUBGRAPH_TIMEOUT_MS).toBe(30_000);
    expect(settings.env.INTROSPECTION).toBeUndefined();
    expect(settings.subgraphs.find((s) => s.name === 'users')?.url).toBe('http://localhost:4001/graphql');
    expect(settings.supergraphPath).toMatch(/supergraph\.graphql$/);
  });

  it('serves the composed file in production and honours overrides', () => {
    const settings = loadRouterSettings({
      NODE_ENV: 'production',
      PRODUCTS_URL: 'http://products:4002/graphql',
      INTROSPECTION: 'true',
      SANDBOX: 'false',
      MAX_QUERY_COST: '800',
      SUBSCRIPTION_FETCH_CONCURRENCY: '16',
    });
    expect(settings.mode).toBe('file');
    expect(settings.subgraphs.find((s) => s.name === 'products')?.url).toBe('http://products:4002/graphql');
    expect(settings.env.INTROSPECTION).toBe(true);
    expect(settings.env.SANDBOX).toBe(false);
    expect(settings.env.MAX_QUERY_COST).toBe(800);
    expect(settings.env.SUBSCRIPTION_FETCH_CONCURRENCY).toBe(16);
    expect(loadRouterSettings({ NODE_ENV: 'production', SUPERGRAPH_MODE: 'compose' }).mode).toBe('compose');
  });

  it('names every bad value', () => {
    expect(() => loadRouterSettings({ PORT: 'abc', SUPERGRAPH_MODE: 'magic' })).toThrow(
      /PORT[\s\S]*SUPERGRAPH_MODE/,
    );
    expect(() => loadRouterSettings({ RATE_LIMIT_POINTS: '100', MAX_QUERY_COST: '500' })).toThrow(
      /RATE_LIMIT_POINTS/,
    );
  });

  it('reads TRUST_PROXY as Express understands it', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });
});
