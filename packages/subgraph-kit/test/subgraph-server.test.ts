import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { createTestKeys, errorCode, expectData, graphqlRequest, type TestKeys } from '@msa/testing';
import {
  buildFederatedSchema,
  createLogger,
  requireAdmin,
  startSubgraphServer,
  type RunningSubgraph,
  type SubgraphContext,
} from '../src';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A test widget.' })
class Widget {
  @Field(() => ID, { description: 'Id.' })
  id!: string;
}

let batches: string[][] = [];

@Resolver(() => Widget)
class WidgetResolver {
  @Query(() => Widget, { description: 'A widget.' })
  widget(@Arg('id', () => ID) id: string): Widget {
    return { id };
  }

  @Query(() => String, { description: 'Admin only.' })
  secret(@Ctx() ctx: SubgraphContext): string {
    return requireAdmin(ctx).userId;
  }

  @Query(() => String, { description: 'Always fails unexpectedly.' })
  boom(): string {
    throw new Error('database password is hunter2');
  }
}

describe('subgraph kit server', () => {
  let keys: TestKeys;
  let server: RunningSubgraph;

  beforeAll(async () => {
    keys = await createTestKeys();
    const schema = await buildFederatedSchema({
      resolvers: [WidgetResolver],
      referenceResolvers: {
        Widget: (ref: { id: string }, ctx: SubgraphContext) =>
          ctx.loaders
            .get<string, Widget>('widget', async (ids) => {
              batches.push([...ids]);
              return ids.map((id) => ({ id }));
            })
            .load(ref.id),
      },
    });
    server = await startSubgraphServer({
      name: 'kit-test',
      schema,
      verifier: keys.verifier,
      logger: createLogger('kit-test', 'silent'),
      port: 0,
    });
  });
  afterAll(() => server?.stop());

  it('resolves _entities in one batch per request', async () => {
    batches = [];
    const data = expectData(
      await graphqlRequest<{ _entities: { id: string }[] }>(
        server.url,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Widget { id } } }',
        { r: [1, 2, 3].map((n) => ({ __typename: 'Widget', id: `w${n}` })) },
      ),
    );
    expect(data._entities.map((w) => w.id)).toEqual(['w1', 'w2', 'w3']);
    expect(batches).toEqual([['w1', 'w2', 'w3']]);
  });

  it('verifies identity and enforces roles', async () => {
    expect(errorCode(await graphqlRequest(server.url, '{ secret }'))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(
        await graphqlRequest(server.url, '{ secret }', {}, { token: await keys.tokenFor('CUSTOMER') }),
      ),
    ).toBe('FORBIDDEN');
    const ok = await graphqlRequest<{ secret: string }>(
      server.url,
      '{ secret }',
      {},
      { token: await keys.tokenFor('ADMIN', 'admin-1') },
    );
    expect(expectData(ok).secret).toBe('admin-1');
    const forged = await (await createTestKeys()).tokenFor('ADMIN');
    expect(errorCode(await graphqlRequest(server.url, '{ secret }', {}, { token: forged }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('masks unexpected errors', async () => {
    const response = await graphqlRequest(server.url, '{ boom }');
    expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(response.errors)).not.toContain('hunter2');
  });

  it('serves health, metrics and the federation SDL', async () => {
    expect((await fetch(server.url.replace('/graphql', '/health'))).status).toBe(200);
    const metrics = await (await fetch(server.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toContain('graphql_operation_duration_seconds');
    const sdl = expectData(
      await graphqlRequest<{ _service: { sdl: string } }>(server.url, '{ _service { sdl } }'),
    )._service.sdl;
    expect(sdl).toContain('@key(fields: "id")');
  });
});
