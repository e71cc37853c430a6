import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { relative } from 'node:path';
import { printAllSubgraphSdls, REPO_ROOT, subgraphSchemaFile } from './schema/subgraph-schemas';

/**
 * `npm run schema`: writes each subgraph's SDL to `subgraphs/<name>/schema.graphql` from its schema builder,
 * with no database, Redis or running service. `--check` writes nothing and fails when a committed file is stale.
 */
async function main() {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const { name, sdl } of await printAllSubgraphSdls()) {
    const file = subgraphSchemaFile(name);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (current === sdl) continue;
    stale.push(relative(REPO_ROOT, file));
    if (!check) writeFileSync(file, sdl);
  }
  if (check && stale.length > 0) {
    console.error(`Stale subgraph schemas (run npm run schema):\n${stale.map((f) => `  - ${f}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  console.log(stale.length === 0 ? 'Subgraph schemas are up to date.' : `Wrote ${stale.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? error);
  process.exitCode = 1;
});
