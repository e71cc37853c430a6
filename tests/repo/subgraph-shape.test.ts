import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@msa/topology';
import { existsInRepo, listRepoFiles, readRepoFile, repoPath } from './support/repo-files';

/** The files and folders every subgraph has, so a reader who knows one subgraph finds their way in all. */
const REQUIRED = [
  'README.md',
  'package.json',
  'tsconfig.json',
  'schema.graphql',
  'prisma/schema.prisma',
  'prisma/migrations',
  'src/index.ts',
  'src/app.ts',
  'src/config.ts',
  'src/domain',
  'src/data',
  'src/schema/index.ts',
  'test',
];

/** Demo seed data of the catalog, which `npm run db:seed` loads: not test code. */
const SEED_DATA = 'subgraphs/products/src/seed/';

function capitalized(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

describe('subgraph shape', () => {
  it('has a folder for every subgraph of the topology and no other', () => {
    const folders = readdirSync(repoPath('subgraphs'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
  });

  it.each(SUBGRAPHS.map((s) => s.name))('subgraphs/%s has the common layout', (name) => {
    const missing = REQUIRED.filter((path) => !existsInRepo(`subgraphs/${name}/${path}`));
    expect(missing).toEqual([]);
  });

  it.each(SUBGRAPHS.map((s) => s.name))(
    'subgraphs/%s builds its schema in src/schema/index.ts, which app.ts uses',
    (name) => {
      const builder = `build${capitalized(name)}Schema`;
      expect(readRepoFile(`subgraphs/${name}/src/schema/index.ts`)).toContain(`export function ${builder}(`);
      expect(readRepoFile(`subgraphs/${name}/src/app.ts`)).toMatch(
        new RegExp(`import \\{ ${builder} \\} from './schema'`),
      );
    },
  );

  it.each(SUBGRAPHS.map((s) => s.name))(
    'subgraphs/%s keeps its harness in test/support/<name>-harness.ts, and only test files beside test/support',
    (name) => {
      expect(existsInRepo(`subgraphs/${name}/test/support/${name}-harness.ts`)).toBe(true);
      const strays = readdirSync(repoPath(`subgraphs/${name}/test`), { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
        .map((entry) => entry.name);
      expect(strays).toEqual([]);
    },
  );

  it.each(SUBGRAPHS.map((s) => s.name))('subgraphs/%s has no test fixtures under src', (name) => {
    const fixtures = listRepoFiles(`subgraphs/${name}/src`, (file) => /fixture/i.test(file)).filter(
      (path) => !path.startsWith(SEED_DATA),
    );
    expect(fixtures).toEqual([]);
  });
});
