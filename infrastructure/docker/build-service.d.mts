import type { BuildOptions } from 'esbuild';

/** See build-service.mjs: the esbuild options every compiled service shares. */
export function serviceBundleOptions(options: { tsconfig: string }): BuildOptions;
