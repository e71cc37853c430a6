import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { describe } from 'vitest';
import { createMongoDeliveryLog } from '../src/data/mongo-delivery-log';
import { deliveryLogContract } from './support/delivery-log-contract';

const MONGODB_URL = process.env.MONGODB_URL;

// MongoDB is optional infrastructure (docker-compose runs it); machines without a server skip this suite.
describe.skipIf(!MONGODB_URL)(
  'delivery log on MongoDB (skipped unless MONGODB_URL points at a server)',
  () => {
    deliveryLogContract(async () => {
      const databaseName = `msa_test_notifications_${randomBytes(4).toString('hex')}`;
      const store = await createMongoDeliveryLog({ url: MONGODB_URL!, databaseName });
      return {
        store,
        async dispose() {
          await store.close();
          const client = new MongoClient(MONGODB_URL!);
          try {
            await client.db(databaseName).dropDatabase();
          } finally {
            await client.close();
          }
        },
      };
    });
  },
);
