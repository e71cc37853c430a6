import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the two Next.js apps, generated from the client-facing API schema that
 * `npm run compose` writes. Each app writes its operations with the `graphql()` function from its own
 * `src/__generated__/`, so the storefront and the dashboard only carry the types they use.
 *
 * Paths are resolved from this file, so the config works from the repository root (`npm run codegen`) and
 * from inside an app (`graphql-codegen --config ../codegen.ts`).
 */
const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const clientPreset = (app: 'web' | 'admin'): CodegenConfig['generates'][string] => ({
  preset: 'client',
  documents: [fromRoot(`${app}/src/**/*.{ts,tsx}`), `!${fromRoot(`${app}/src/__generated__/**`)}`],
  // Components read whole results; fragment masking would only add unwrapping without isolating anything.
  presetConfig: { fragmentMasking: false },
  config: {
    scalars: { DateTime: 'string' },
    enumsAsTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
    skipTypename: true,
  },
});

const config: CodegenConfig = {
  schema: fromRoot('router/schema.graphql'),
  ignoreNoDocuments: true,
  generates: {
    [fromRoot('web/src/__generated__/')]: clientPreset('web'),
    [fromRoot('admin/src/__generated__/')]: clientPreset('admin'),
  },
};

export default config;
