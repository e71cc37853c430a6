import { describe, expect, it } from 'vitest';
import { hasConfigModule, loadConfigModule } from './support/config-schema';
import { listRepoFiles, readRepoFile } from './support/repo-files';

const ENV_EXAMPLE = '.env.example';
/** KEY= lines, whether left commented (default) or set. */
const documented = new Set(
  readRepoFile(ENV_EXAMPLE)
    .split('\n')
    .map((line) => /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((key): key is string => Boolean(key)),
);
const serviceDirs = [
  'router',
  'packages/subgraph-kit',
  ...listRepoFiles('subgraphs', (name) => name === 'config.ts')
    .filter((file) => /^subgraphs\/[^/]+\/src\/config\.ts$/.test(file))
    .map((file) => file.replace('/src/config.ts', '')),
];

describe(ENV_EXAMPLE, () => {
  it("lists every variable of every service's config schema", async () => {
    const missing: string[] = [];
    for (const dir of serviceDirs.filter(hasConfigModule)) {
      const { schemas } = await loadConfigModule(dir);
      for (const key of schemas.flatMap((schema) => Object.keys(schema.shape)))
        if (!documented.has(key)) missing.push(`${dir}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it("lists every variable of the README's environment table", () => {
    const readme = readRepoFile('README.md');
    const table = readme.slice(readme.indexOf('## Environment variables'));
    const names = [...table.matchAll(/^\| `([A-Z][A-Z0-9_]*)`/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((name) => !documented.has(name))).toEqual([]);
  });
});
