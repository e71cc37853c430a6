import { randomBytes } from 'node:crypto';
import { Client } from '@elastic/elasticsearch';
import { describe } from 'vitest';
import { createElasticsearchSearchEngine } from '../src/engine/elasticsearch/elasticsearch-search-engine';
import { describeSearchEngineContract } from './support/search-engine-contract';

const url = process.env.ELASTICSEARCH_URL;

/** The same contract as the Postgres engine, against a real Elasticsearch when ELASTICSEARCH_URL points at one. */
describe.skipIf(!url)(
  url
    ? 'Elasticsearch engine'
    : 'Elasticsearch engine (skipped: set ELASTICSEARCH_URL to run it against a real cluster)',
  () => {
    describeSearchEngineContract('contract', async () => {
      const index = `msa-test-products-${randomBytes(4).toString('hex')}`;
      const admin = new Client({ node: url! });
      return {
        engine: createElasticsearchSearchEngine({ url: url!, index }),
        async cleanup() {
          await admin.indices.delete({ index, ignore_unavailable: true });
          await admin.close();
        },
      };
    });
  },
);
