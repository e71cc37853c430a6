import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequest } from '@msa/testing';
import { bootSupergraph, type BootedSupergraph } from '../support/boot-supergraph';

const NUL = 'a\u0000b';
const LONE_HIGH = 'x\uD800y';
const LONE_LOW = '\uDC00';
const UNSAFE = [NUL, LONE_HIGH, LONE_LOW];

interface Case {
  name: string;
  query: string;
  variables: (bad: string) => Record<string, unknown>;
  staff?: boolean;
}

/** The anonymous and signed-in operations the fuzzer broke, with every unsafe string in every text argument. */
const CASES: Case[] = [
  {
    name: 'login',
    query:
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken userErrors { code } } }',
    variables: (bad) => ({ e: `${bad}@example.com`, p: bad }),
  },
  {
    name: 'register',
    query: 'mutation($input: RegisterInput!) { register(input: $input) { accessToken userErrors { code } } }',
    variables: (bad) => ({
      input: { email: `u${bad}@example.com`, password: `long-password-${bad}`, name: bad },
    }),
  },
  {
    name: 'addToCart',
    query:
      'mutation($c: ID, $v: ID!) { addToCart(cartId: $c, variantId: $v, quantity: 1) { cart { id } userErrors { code } } }',
    variables: (bad) => ({ c: bad, v: bad }),
  },
  {
    name: 'product(slug)',
    query: 'query($s: String) { product(slug: $s) { id } }',
    variables: (bad) => ({ s: bad }),
  },
  {
    name: 'product(id)',
    query: 'query($id: ID) { product(id: $id) { id } }',
    variables: (bad) => ({ id: bad }),
  },
  {
    name: 'search',
    query: 'query($q: String!) { search(query: $q) { totalCount } }',
    variables: (bad) => ({ q: bad }),
  },
  {
    name: 'cart',
    query: 'query($c: ID) { cart(cartId: $c) { id } }',
    variables: (bad) => ({ c: bad }),
  },
];

describe('hostile input: NUL, lone surrogates, invalid dates and ids', () => {
  let system: BootedSupergraph;
  let staffToken: string;

  beforeAll(async () => {
    system = await bootSupergraph();
    staffToken = await system.mintToken('ADMIN');
  });
  afterAll(() => system?.stop());

  for (const testCase of CASES) {
    it(`${testCase.name}: unsafe text is BAD_USER_INPUT`, async () => {
      for (const bad of UNSAFE) {
        const response = await graphqlRequest(system.routerUrl, testCase.query, testCase.variables(bad));
        const codes = (response.errors ?? []).map((e) => e.extensions?.code);
        expect({ bad: JSON.stringify(bad), codes }).toEqual({
          bad: JSON.stringify(bad),
          codes: ['BAD_USER_INPUT'],
        });
      }
    });
  }

  it('an escaped NUL in a string literal is BAD_USER_INPUT', async () => {
    const response = await graphqlRequest(system.routerUrl, '{ product(slug: "a\\u0000b") { id } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each(['not a date', '2026-13-45T00:00:00Z', '', '2026-02-30T10:00:00Z'])(
    'invalid DateTime %j is BAD_USER_INPUT',
    async (value) => {
      const asVariable = await graphqlRequest(
        system.routerUrl,
        'query($from: DateTime!, $to: DateTime!) { salesStats(from: $from, to: $to) { orderCount } }',
        { from: value, to: '2026-12-01T00:00:00Z' },
        { token: staffToken },
      );
      expect(asVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const asLiteral = await graphqlRequest(
        system.routerUrl,
        `{ salesStats(from: ${JSON.stringify(value)}, to: "2026-12-01T00:00:00Z") { orderCount } }`,
        {},
        { token: staffToken },
      );
      expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(
        asLiteral.errors?.[0]?.extensions?.code,
      );
    },
  );

  it.each([
    ['empty category id', 'query { category(id: "") { id } }'],
    ['empty product id', 'query { product(id: "") { id } }'],
    [
      'malformed category filter',
      'query { products(first: 1, filter: { categoryId: "%%%" }) { totalCount } }',
    ],
    ['malformed order id', 'query { order(id: "not-an-id") { id } }'],
  ])('%s never answers INTERNAL_SERVER_ERROR', async (_name, query) => {
    const response = await graphqlRequest(system.routerUrl, query, {}, { token: staffToken });
    for (const error of response.errors ?? [])
      expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });
});
