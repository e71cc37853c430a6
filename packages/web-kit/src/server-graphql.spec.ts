import { describe, expect, it } from 'vitest';
import { dataOfServerAnswer, ServerGraphQLError } from './server-graphql';

const unavailable = {
  message: 'The reviews service is unavailable',
  extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
};

describe('server-side answers of the router', () => {
  it('returns the data of a whole answer', () => {
    expect(dataOfServerAnswer(200, { data: { product: { id: 'p1' } } })).toEqual({ product: { id: 'p1' } });
  });

  it('serves a partial answer: the data whose only errors say a service is unavailable', () => {
    const data = { product: { id: 'p1', rating: null } };
    expect(dataOfServerAnswer(200, { data, errors: [unavailable, unavailable] })).toBe(data);
  });

  it('throws any other error with its code, even beside data', () => {
    const notFound = { message: 'Product not found', extensions: { code: 'NOT_FOUND' } };
    const thrown = () =>
      dataOfServerAnswer(200, { data: { product: null }, errors: [unavailable, notFound] });
    expect(thrown).toThrow(ServerGraphQLError);
    expect(thrown).toThrow('The reviews service is unavailable');
  });

  it('throws when a service is unavailable and nothing could be served', () => {
    expect(() => dataOfServerAnswer(200, { data: null, errors: [unavailable] })).toThrow(
      expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE' }),
    );
    expect(() => dataOfServerAnswer(502, null)).toThrow('The API answered 502 without data');
  });
});
