/**
 * `npm run lint`: ESLint over the repository (one run from the root) beside Prettier's check. Both keep a
 * cache under node_modules/.cache keyed by file content, so a second run only reads the files that changed;
 * a fresh clone (CI) has none and checks everything.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runLanes } from './support/run-lanes';

/** A package's bin file (ESLint's `exports` hide it from `require.resolve`). */
const binOf = (pkg: string, bin: string) =>
  join(dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)), bin);

await runLanes([
  [
    {
      name: 'eslint',
      script: binOf('eslint', 'bin/eslint.js'),
      args: [
        '.',
        '--cache',
        '--cache-strategy',
        'content',
        '--cache-location',
        'node_modules/.cache/eslint/',
      ],
    },
  ],
  [
    {
      name: 'prettier --check',
      script: binOf('prettier', 'bin/prettier.cjs'),
      args: ['--check', '.', '--cache', '--cache-strategy', 'content', '--log-level', 'warn'],
    },
  ],
]);
