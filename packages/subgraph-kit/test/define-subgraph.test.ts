import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { createTestDatabase, createTestKeys, type TestDatabase, type TestKeys } from '@msa/testing';
import { buildFederatedSchema, createLogger, defineSubgraph, prismaDatabase } from '../src';
import { PrismaClient, type Prisma } from './__generated__/prisma/client';

const MIGRATIONS = fileURLToPath(new URL('./prisma/migrations', import.meta.url));

@ObjectType({ description: 'The count of notes.' })
class NoteCount {
  @Field({ description: 'How many.' })
  total!: number;
}

@Resolver(() => NoteCount)
class NoteCountResolver {
  @Query(() => NoteCount, { description: 'Counts the notes.' })
  noteCount(): NoteCount {
    return { total: 0 };
  }
}

const stopped: string[] = [];

/** The real client, noting when it disconnects. */
const database = prismaDatabase<PrismaClient, Prisma.TransactionClient>({
  client: (args) => {
    const client = new PrismaClient(args);
    const disconnect = client.$disconnect.bind(client);
    client.$disconnect = async () => {
      stopped.push('database');
      await disconnect();
    };
    return client;
  },
  inboxConsumer: 'kit-define',
});

describe('defineSubgraph with the database the kit opens', () => {
  let testDb: TestDatabase;
  let keys: TestKeys;

  beforeAll(async () => {
    testDb = await createTestDatabase('subgraph_kit_define', MIGRATIONS);
    keys = await createTestKeys();
  });
  afterAll(() => testDb?.drop());

  it('pings it for /health and disconnects it after what started later has stopped', async () => {
    let db: PrismaClient | undefined;
    const running = await defineSubgraph(
      {
        name: 'kit-define',
        databaseUrl: testDb.url,
        port: 0,
        verifier: keys.verifier,
        logger: createLogger('kit-define', 'silent'),
      },
      async (kit) => {
        db = kit.connectDatabase(database, { poolSize: 2 });
        kit.defer(async () => {
          // Still answers while what started after it stops.
          await database.ping(db!);
          stopped.push('worker');
        }, 'worker');
        return {
          schema: await buildFederatedSchema({ resolvers: [NoteCountResolver] }),
          context: (base) => base,
        };
      },
    );

    const health = await fetch(running.url.replace(/\/graphql$/, '/health'));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ checks: { database: 'ok' } });

    await running.stop();
    expect(stopped).toEqual(['worker', 'database']);
  });
});
