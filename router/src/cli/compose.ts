import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS, subgraphUrl } from '@msa/topology';
import { composeSupergraph } from '../composition/compose-supergraph';
import { fetchSubgraphSdls } from '../composition/fetch-subgraph-sdls';
import { readCommittedSubgraphSdls } from '../composition/read-subgraph-sdls';
import { SUPERGRAPH_FILE } from '../config';

const API_SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

/**
 * Writes router/supergraph.graphql and router/schema.graphql. By default it composes the committed
 * `subgraphs/<name>/schema.graphql` files (offline; `npm run schema` refreshes them). With `--from-running`
 * it asks running subgraphs for their SDL instead, from `<NAME>_URL` when set. Either way the supergraph
 * records the default local URLs, so the files are the same on every machine; deployments point the router at
 * their services with `<NAME>_URL`.
 */
async function main() {
  const fromRunning = process.argv.includes('--from-running');
  const sdls = fromRunning
    ? await fetchSubgraphSdls(
        SUBGRAPHS.map((service) => ({
          name: service.name,
          url: subgraphUrl(service, {}),
          fetchUrl: subgraphUrl(service),
        })),
      )
    : readCommittedSubgraphSdls();
  const composed = composeSupergraph(sdls);
  writeFileSync(SUPERGRAPH_FILE, composed.supergraphSdl);
  writeFileSync(API_SCHEMA_FILE, composed.apiSchemaSdl);
  process.stdout.write(
    `Composed ${sdls.length} subgraphs (${sdls.map((s) => s.name).join(', ')}) from ` +
      `${fromRunning ? 'the running services' : 'their schema.graphql files'}.\n` +
      `  supergraph: ${SUPERGRAPH_FILE}\n  API schema: ${API_SCHEMA_FILE}\n`,
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
