import { openTestDatabase } from '@msa/testing';
import { describe } from 'vitest';
import { database as notificationsDatabase } from '../src/data/database';
import { createPostgresDeliveryLog } from '../src/data/postgres-delivery-log.repo';
import { deliveryLogContract } from './support/delivery-log-contract';

const MIGRATIONS = new URL('../prisma/migrations', import.meta.url);

describe('delivery log on Postgres (the default store)', () => {
  deliveryLogContract(async () => {
    const { client: db, close } = await openTestDatabase('notifications', MIGRATIONS, (url) =>
      notificationsDatabase.connect(url, { poolSize: 2 }),
    );
    return { store: createPostgresDeliveryLog(db), dispose: close };
  });
});
