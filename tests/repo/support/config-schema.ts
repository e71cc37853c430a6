import { pathToFileURL } from 'node:url';
import { existsInRepo, repoPath } from './repo-files';

/** The part of a zod (v4) schema this check relies on. */
interface EnvSchema {
  shape: Record<string, { safeParse(value: unknown): { success: boolean } }>;
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
}

function asEnvSchema(value: unknown): EnvSchema | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const candidate = value as Partial<EnvSchema> & { _zod?: { def?: { type?: string; in?: unknown } } };
  // A transformed schema (`.transform`, `.pipe`) keeps its object shape on the input side.
  if (candidate._zod?.def?.type === 'pipe') {
    const input = asEnvSchema(candidate._zod.def.in);
    return input && { shape: input.shape, safeParse: (v) => (candidate as EnvSchema).safeParse(v) };
  }
  if (typeof candidate.safeParse !== 'function' || !candidate.shape || typeof candidate.shape !== 'object')
    return undefined;
  const keys = Object.keys(candidate.shape);
  return keys.length > 0 && keys.every((key) => /^[A-Z][A-Z0-9_]*$/.test(key))
    ? (candidate as EnvSchema)
    : undefined;
}

export const CONFIG_MODULE = 'src/config.ts';

export function hasConfigModule(dir: string): boolean {
  return existsInRepo(`${dir}/${CONFIG_MODULE}`);
}

export type ConfigLoader = (env: NodeJS.ProcessEnv) => unknown;

export interface ConfigModule {
  /** Exported zod objects keyed by env var names. */
  schemas: EnvSchema[];
  /** Exported `load…Config` / `load…Settings` functions: they parse an environment or throw. */
  loaders: [string, ConfigLoader][];
}

/** What a service's src/config.ts offers for checking an environment against it. */
export async function loadConfigModule(dir: string): Promise<ConfigModule> {
  const module = (await import(pathToFileURL(repoPath(dir, CONFIG_MODULE)).href)) as Record<string, unknown>;
  return {
    schemas: Object.values(module)
      .map(asEnvSchema)
      .filter((schema): schema is EnvSchema => schema !== undefined),
    loaders: Object.entries(module).filter(
      (entry): entry is [string, ConfigLoader] =>
        typeof entry[1] === 'function' && /^load\w*(Config|Settings)$/.test(entry[0]),
    ),
  };
}

/** Keys that must be set: the schema rejects them when absent (no default, not optional). */
export function requiredKeys(schema: EnvSchema): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}

/** Zod's complaints about an environment, one readable line each; empty when it is valid. */
export function configProblems(schema: EnvSchema, env: Record<string, unknown>): string[] {
  const result = schema.safeParse(env);
  if (result.success) return [];
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
