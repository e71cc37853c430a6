import { describe, expect, it } from 'vitest';
import { serviceBaseUrl, subgraphsOfSupergraph, websocketUrlOf } from './subgraph-endpoints';

describe('subgraph endpoints', () => {
  it('derives the service root from a GraphQL URL', () => {
    expect(serviceBaseUrl('http://localhost:4002/graphql')).toBe('http://localhost:4002');
    expect(serviceBaseUrl('http://products.internal/graphql/')).toBe('http://products.internal');
    expect(serviceBaseUrl('http://products.internal/')).toBe('http://products.internal');
  });

  it('derives the graphql-ws address from a GraphQL URL', () => {
    expect(websocketUrlOf('http://localhost:4005/graphql')).toBe('ws://localhost:4005/graphql');
    expect(websocketUrlOf('https://orders.example.com/graphql')).toBe('wss://orders.example.com/graphql');
    expect(() => websocketUrlOf('ftp://orders/graphql')).toThrow(/http or https/);
  });

  it('reads the subgraphs of a supergraph from its join__Graph enum', () => {
    const sdl = `
      scalar join__FieldSet
      directive @join__graph(name: String!, url: String!) on ENUM_VALUE
      enum join__Graph {
        PRODUCTS @join__graph(name: "products", url: "http://localhost:4002/graphql")
        USERS @join__graph(name: "users", url: "http://localhost:4001/graphql")
      }
      type Query { hello: String }
    `;
    expect(subgraphsOfSupergraph(sdl)).toEqual([
      { name: 'products', url: 'http://localhost:4002/graphql' },
      { name: 'users', url: 'http://localhost:4001/graphql' },
    ]);
  });
});
