import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@msa/testing';
import { describe } from 'vitest';
import { database as notificationsDatabase } from '../src/data/database';
import { createPostgresDeliveryLog } from '../src/data/postgres-delivery-log.repo';
import { deliveryLogContract } from './support/delivery-log-contract';

const MIGRATIONS = fileURLToPath(new URL('../prisma/migrations', import.meta.url));

describe('delivery log on Postgres (the default store)', () => {
  deliveryLogContract(async () => {
    const database = await createTestDatabase('notifications', MIGRATIONS);
    const db = notificationsDatabase.connect(database.url, { poolSize: 2 });
    return {
      store: createPostgresDeliveryLog(db),
      async dispose() {
        await db.$disconnect();
        await database.drop();
      },
    };
  });
});
