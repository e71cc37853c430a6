import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS, subgraphUrl } from '@msa/topology';
import { composeSupergraph } from '../composition/compose-supergraph';
import { fetchSubgraphSdls } from '../composition/fetch-subgraph-sdls';
import { SUPERGRAPH_FILE } from '../config';

const API_SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

/**
 * Writes router/supergraph.graphql and router/schema.graphql from the running subgraphs. SDLs are fetched
 * from `<NAME>_URL` when set, but the supergraph always records the default local URLs, so the files are the
 * same on every machine; deployments point the router at their services with `<NAME>_URL`.
 */
async function main() {
  const sources = SUBGRAPHS.map((service) => ({
    name: service.name,
    url: subgraphUrl(service, {}),
    fetchUrl: subgraphUrl(service),
  }));
  const composed = composeSupergraph(await fetchSubgraphSdls(sources));
  writeFileSync(SUPERGRAPH_FILE, composed.supergraphSdl);
  writeFileSync(API_SCHEMA_FILE, composed.apiSchemaSdl);
  process.stdout.write(
    `Composed ${sources.length} subgraphs (${sources.map((s) => s.name).join(', ')}).\n` +
      `  supergraph: ${SUPERGRAPH_FILE}\n  API schema: ${API_SCHEMA_FILE}\n`,
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
