import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Supergraph } from '@apollo/federation-internals';
import { printSubgraphSchema } from '@apollo/subgraph';
import { assertObjectType, buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '@msa/router/composition';
import { buildPromotionsSchema } from '../src/schema';

const COMMITTED_SUPERGRAPH = fileURLToPath(new URL('../../../router/supergraph.graphql', import.meta.url));

/**
 * Promotions composes with the other subgraphs as they are committed (taken back out of the supergraph), so
 * its @external/@requires declarations of Cart agree with the cart subgraph's own.
 */
describe('promotions composes into the supergraph', () => {
  it('adds its Cart fields and admin operations without conflicts', async () => {
    const others = [...Supergraph.build(readFileSync(COMMITTED_SUPERGRAPH, 'utf8')).subgraphs().values()]
      .filter((subgraph) => subgraph.name !== 'promotions')
      .map((subgraph) => ({ name: subgraph.name, url: subgraph.url, sdl: subgraph.toString() }));
    expect(others.map((subgraph) => subgraph.name)).toContain('cart');
    const promotions = {
      name: 'promotions',
      url: 'http://localhost:4008/graphql',
      sdl: printSubgraphSchema(await buildPromotionsSchema()),
    };

    const api = buildSchema(composeSupergraph([...others, promotions]).apiSchemaSdl);
    const cartFields = Object.keys(assertObjectType(api.getType('Cart')).getFields());
    expect(cartFields).toEqual(
      expect.arrayContaining([
        'id',
        'lines',
        'subtotal',
        'discounts',
        'discountTotal',
        'total',
        'couponCodes',
        'freeShipping',
        'coupons',
      ]),
    );
    const mutations = Object.keys(api.getMutationType()!.getFields());
    expect(mutations).toEqual(
      expect.arrayContaining([
        'applyCoupon',
        'removeCoupon',
        'createPromotion',
        'updatePromotion',
        'deactivatePromotion',
      ]),
    );
    expect(Object.keys(api.getQueryType()!.getFields())).toEqual(
      expect.arrayContaining(['promotions', 'promotion', 'promotionStats']),
    );
  });
});
