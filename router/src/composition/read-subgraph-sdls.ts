import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS, subgraphUrl } from '@msa/topology';
import type { SubgraphSdl } from './fetch-subgraph-sdls';

const SUBGRAPHS_DIR = fileURLToPath(new URL('../../../subgraphs/', import.meta.url));

/** The committed SDL file of a subgraph: `subgraphs/<name>/schema.graphql` (written by `npm run schema`). */
export function committedSchemaFile(name: string, subgraphsDir = SUBGRAPHS_DIR): string {
  return `${subgraphsDir}${name}/schema.graphql`;
}

/**
 * Every subgraph's committed SDL with the default local URL the supergraph records, so composition needs no
 * running service. Fails naming every missing file.
 */
export function readCommittedSubgraphSdls(subgraphsDir = SUBGRAPHS_DIR): SubgraphSdl[] {
  const missing = SUBGRAPHS.map((s) => committedSchemaFile(s.name, subgraphsDir)).filter(
    (f) => !existsSync(f),
  );
  if (missing.length > 0)
    throw new Error(
      `Missing subgraph schema files (run npm run schema):\n${missing.map((f) => `  - ${f}`).join('\n')}`,
    );
  return SUBGRAPHS.map((service) => ({
    name: service.name,
    url: subgraphUrl(service, {}),
    sdl: readFileSync(committedSchemaFile(service.name, subgraphsDir), 'utf8'),
  }));
}
