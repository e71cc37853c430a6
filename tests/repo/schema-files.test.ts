import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  validate,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS, subgraphUrl } from '@msa/topology';
import {
  composeSupergraph,
  readCommittedSubgraphSdls,
  type ComposedSupergraph,
} from '@msa/router/composition';
import { SCHEMA_BUILDERS } from '../../scripts/schema/subgraph-schemas';
import { ORDER_QUERY, USER_QUERY } from '../../subgraphs/notifications/src/clients/directory.client';
import { CHECKOUT_READ_QUERY } from '../../subgraphs/orders/src/clients/checkout-read.client';
import { CART_QUERY as PROMOTIONS_CART_QUERY } from '../../subgraphs/promotions/src/clients/cart.client';
import { CART_QUERY as SHIPPING_CART_QUERY } from '../../subgraphs/shipping/src/clients/cart.client';

const REPO_ROOT = join(import.meta.dirname, '..', '..');
const ROUTER_DIR = join(REPO_ROOT, 'router');

/** `npm run schema -- --check` in a child process: the stale files it lists, its output and exit code. */
function runSchemaCheck(): Promise<{ stale: string[]; output: string; exitCode: number }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'scripts', 'schema.ts'), '--check'],
      { cwd: REPO_ROOT, timeout: 120_000 },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`;
        const stale = [...output.matchAll(/^\s+- (\S+schema\.graphql)$/gm)].map((match) => match[1]!);
        const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ stale, output, exitCode });
      },
    );
  });
}
const FILES = {
  supergraphSdl: join(ROUTER_DIR, 'supergraph.graphql'),
  apiSchemaSdl: join(ROUTER_DIR, 'schema.graphql'),
};

/**
 * Each subgraph commits its SDL (`subgraphs/<name>/schema.graphql`, printed by `npm run schema` from its
 * schema builder) and the router commits the composition of those files (`npm run compose`). Both are
 * checked here with no database, Redis or running service.
 */
describe('committed schemas', () => {
  let composed: ComposedSupergraph;

  beforeAll(() => {
    composed = composeSupergraph(readCommittedSubgraphSdls());
  });

  it('has a schema builder for every subgraph of the topology and no other', () => {
    expect(Object.keys(SCHEMA_BUILDERS).sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
  });

  // Printed in a process of its own, as `npm run schema` does: TypeGraphQL keeps its metadata in one global
  // store, and in a worker that other test files have built schemas in, the order of a field's arguments
  // could come out differently from a fresh process.
  it('every committed subgraph SDL is what its schema builder prints (npm run schema)', async () => {
    const check = await runSchemaCheck();
    expect(check.stale, `stale: run npm run schema\n${check.output}`).toEqual([]);
    expect(check.exitCode).toBe(0);
  });

  it('composes every subgraph in the topology at its default URL', () => {
    for (const service of SUBGRAPHS)
      expect(composed.supergraphSdl).toContain(`url: "${subgraphUrl(service, {})}"`);
  });

  it.each(Object.keys(FILES) as (keyof typeof FILES)[])(
    'router/%s file is the composition of the subgraph files (npm run compose)',
    (key) => {
      expect(readFileSync(FILES[key], 'utf8'), 'stale: run npm run compose').toBe(composed[key]);
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

  it.each([
    ['notifications recipient', USER_QUERY],
    ['notifications order', ORDER_QUERY],
    ['orders checkout read', CHECKOUT_READ_QUERY],
    ['promotions coupon cart', PROMOTIONS_CART_QUERY],
    ['shipping rates cart', SHIPPING_CART_QUERY],
  ])('the %s query a subgraph sends to the router is valid against the API schema', (_name, query) => {
    const errors = validate(buildSchema(composed.apiSchemaSdl), parse(query));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
