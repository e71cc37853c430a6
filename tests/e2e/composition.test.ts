import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS, subgraphUrl } from '@msa/topology';
import { composeSupergraph, fetchSubgraphSdls, type ComposedSupergraph } from '@msa/router/composition';
import { bootSupergraph, type BootedSupergraph } from '../support/boot-supergraph';

const ROUTER_DIR = join(import.meta.dirname, '..', '..', 'router');
const FILES = {
  supergraphSdl: join(ROUTER_DIR, 'supergraph.graphql'),
  apiSchemaSdl: join(ROUTER_DIR, 'schema.graphql'),
};

/**
 * The committed supergraph must be what the subgraphs compose to today. Run with UPDATE_SUPERGRAPH=1 to
 * rewrite the files (or `npm run compose` against a running system).
 */
describe('supergraph composition', () => {
  let system: BootedSupergraph;
  let composed: ComposedSupergraph;

  beforeAll(async () => {
    system = await bootSupergraph();
    const sources = SUBGRAPHS.filter((service) => system.subgraphs[service.name]).map((service) => ({
      name: service.name,
      url: subgraphUrl(service, {}),
      fetchUrl: system.subgraphs[service.name]!.url,
    }));
    composed = composeSupergraph(await fetchSubgraphSdls(sources));
    if (process.env.UPDATE_SUPERGRAPH === '1') {
      for (const key of Object.keys(FILES) as (keyof typeof FILES)[])
        writeFileSync(FILES[key], composed[key]);
    }
  });
  afterAll(() => system?.stop());

  it('composes every subgraph in the topology', () => {
    expect(Object.keys(system.subgraphs).sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
    for (const service of SUBGRAPHS)
      expect(composed.supergraphSdl).toContain(`url: "${subgraphUrl(service, {})}"`);
  });

  it.each(Object.keys(FILES) as (keyof typeof FILES)[])(
    'router/%s file is up to date (npm run compose)',
    (key) => {
      expect(existsSync(FILES[key]), `${FILES[key]} is missing: run npm run compose`).toBe(true);
      expect(readFileSync(FILES[key], 'utf8'), 'stale: run npm run compose with the system running').toBe(
        composed[key],
      );
    },
  );

  it('gives every type and field a description in the API schema', () => {
    const schema = buildSchema(composed.apiSchemaSdl);
    const roots = new Set(['Query', 'Mutation', 'Subscription']);
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      if (!type.description && !roots.has(type.name)) undocumented.push(type.name);
      if (isObjectType(type) || isInputObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
