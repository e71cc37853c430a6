import { describe, expect, it } from 'vitest';
import { apiEndpoints, apiEndpointsFromEnv } from './api-origin';

describe('apiEndpoints', () => {
  it('derives the HTTP and WebSocket GraphQL URLs from the origin', () => {
    expect(apiEndpoints('https://api.shop.example/')).toEqual({
      origin: 'https://api.shop.example',
      graphqlUrl: 'https://api.shop.example/graphql',
      graphqlWsUrl: 'wss://api.shop.example/graphql',
    });
  });

  it('prefers API_ORIGIN, then NEXT_PUBLIC_API_ORIGIN, then the local router', () => {
    expect(
      apiEndpointsFromEnv({ API_ORIGIN: 'http://a:1', NEXT_PUBLIC_API_ORIGIN: 'http://b:2' }).origin,
    ).toBe('http://a:1');
    expect(apiEndpointsFromEnv({ NEXT_PUBLIC_API_ORIGIN: 'http://b:2' }).graphqlWsUrl).toBe(
      'ws://b:2/graphql',
    );
    expect(apiEndpointsFromEnv({}).graphqlUrl).toBe('http://localhost:4000/graphql');
  });

  it('refuses an origin that is not an http(s) URL', () => {
    expect(() => apiEndpoints('ftp://x')).toThrow(/API_ORIGIN must be an http\(s\) URL/);
  });
});
