import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@msa/subgraph-kit';
import {
  createTestKeys,
  createTestRedis,
  errorCode,
  expectData,
  graphqlRequest,
  TEST_REDIS_URL,
} from '@msa/testing';
import { composeSupergraph, CompositionFailedError } from '../src/composition/compose-supergraph';
import { fetchSubgraphSdls, SubgraphsUnreachableError } from '../src/composition/fetch-subgraph-sdls';
import { subgraphsOfSupergraph } from '../src/gateway/subgraph-endpoints';
import { createRouter } from '../src/app';
import { startTinySubgraphs, type TinySubgraphs } from './support/tiny-subgraphs';

/** A port nothing listens on: bound by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('supergraph composition', () => {
  let subgraphs: TinySubgraphs;
  let verifier: Awaited<ReturnType<typeof createTestKeys>>['verifier'];

  beforeAll(async () => {
    verifier = (await createTestKeys()).verifier;
    subgraphs = await startTinySubgraphs(verifier);
  });
  afterAll(() => subgraphs?.stop());

  const recordedUrls = [
    { name: 'accounts', url: 'http://localhost:4101/graphql' },
    { name: 'posts', url: 'http://localhost:4102/graphql' },
  ];
  /** Fetched from the live subgraphs, recorded under fixed URLs, as the compose command does. */
  const liveSdlsRecordedAsDefaults = () =>
    fetchSubgraphSdls(
      subgraphs.endpoints.map((live, i) => ({
        name: live.name,
        url: recordedUrls[i]!.url,
        fetchUrl: live.url,
      })),
    );

  it('composes running subgraphs into a supergraph and a clean API schema', async () => {
    const sdls = await liveSdlsRecordedAsDefaults();
    expect(sdls.map((s) => s.name)).toEqual(['accounts', 'posts']);
    const { supergraphSdl, apiSchemaSdl } = composeSupergraph(sdls);

    expect(subgraphsOfSupergraph(supergraphSdl)).toEqual(recordedUrls);
    expect(apiSchemaSdl).not.toMatch(/join__|link__|@link|_service|_entities/);
    const api = buildSchema(apiSchemaSdl);
    expect(Object.keys(api.getQueryType()!.getFields()).sort()).toEqual([
      'account',
      'adminSecret',
      'posts',
      'whoami',
    ]);
    expect(api.getType('Post')?.description).toBe('Something an account wrote.');

    expect(composeSupergraph(sdls)).toEqual({ supergraphSdl, apiSchemaSdl });
  });

  it('serves a composed supergraph file, routing by subgraph name to overridden URLs, locked down', async () => {
    const sdls = await liveSdlsRecordedAsDefaults();
    const redis = createTestRedis();
    const router = await createRouter({
      port: 0,
      supergraphSdl: composeSupergraph(sdls).supergraphSdl,
      subgraphs: subgraphs.endpoints,
      redisUrl: TEST_REDIS_URL,
      verifier,
      logger: createLogger('router-test', 'silent'),
      rateLimit: { keyPrefix: `${redis.prefix}rl:` },
      apqKeyPrefix: `${redis.prefix}apq:`,
      introspection: false,
      sandbox: false,
    });
    try {
      const data = expectData(
        await graphqlRequest<{ posts: { author: { name: string } }[] }>(
          router.url,
          '{ posts(first: 1) { author { name } } }',
        ),
      );
      expect(data.posts[0]?.author.name).toBe('Member 1');
      expect((await fetch(router.url.replace('/graphql', '/health'))).status).toBe(200);

      const introspection = await graphqlRequest(router.url, '{ __schema { types { name } } }');
      expect(errorCode(introspection)).toBe('GRAPHQL_VALIDATION_FAILED');
      const page = await fetch(router.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toMatch(/sandbox/i);
    } finally {
      await router.stop();
      await redis.close();
    }
  });

  it('refuses to start when a subgraph to compose is down', async () => {
    const starting = createRouter({
      port: 0,
      subgraphs: [
        subgraphs.endpoints[0]!,
        { name: 'posts', url: `http://127.0.0.1:${await closedPort()}/graphql` },
      ],
      redisUrl: TEST_REDIS_URL,
      verifier,
      logger: createLogger('router-test', 'silent'),
    });
    await expect(starting).rejects.toThrow(/could not load the supergraph/);
  });

  it('names every subgraph it could not reach', async () => {
    const ghost = `http://127.0.0.1:${await closedPort()}/graphql`;
    const attempt = fetchSubgraphSdls([
      { name: 'accounts', url: subgraphs.accounts.url },
      { name: 'ghost', url: ghost },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(SubgraphsUnreachableError);
    await expect(attempt).rejects.toThrow(`ghost at ${ghost}: ECONNREFUSED`);
    await expect(attempt).rejects.not.toThrow(/accounts at/);
  });

  it('reports composition errors with their codes', () => {
    const header = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';
    const conflicting = [
      {
        name: 'a',
        url: 'http://a/graphql',
        sdl: `${header}\ntype Query { thing: Thing }\ntype Thing { size: Int }`,
      },
      {
        name: 'b',
        url: 'http://b/graphql',
        sdl: `${header}\ntype Query { other: Thing }\ntype Thing { size: String }`,
      },
    ];
    expect(() => composeSupergraph(conflicting)).toThrow(CompositionFailedError);
    expect(() => composeSupergraph(conflicting)).toThrow(/\[INVALID_FIELD_SHARING\]|\[FIELD_TYPE_MISMATCH\]/);
  });
});
