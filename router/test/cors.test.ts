import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootRouterHarness, type RouterHarness } from './support/boot-router';

describe('router CORS for the storefront and dashboard', () => {
  let harness: RouterHarness;
  beforeAll(async () => {
    harness = await bootRouterHarness({ corsOrigins: ['http://shop.test'] });
  });
  afterAll(() => harness?.stop());

  it('answers a preflight from an allowed origin and marks its responses', async () => {
    const preflight = await fetch(harness.router.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://shop.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://shop.test');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');

    const response = await fetch(harness.router.url, {
      method: 'POST',
      headers: { origin: 'http://shop.test', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://shop.test');
    expect(response.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  it('refuses a preflight from any other origin', async () => {
    const preflight = await fetch(harness.router.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.test', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
