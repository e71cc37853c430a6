import { resolve } from 'node:path';
import type { NextConfig } from 'next';

// Next.js reports usage to a remote service unless told not to; the apps must build and run offline.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

/** The Next.js settings both apps share; each app spreads it and adds its own. */
export const baseNextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The shared package ships TypeScript sources; Next compiles them with the app.
  transpilePackages: ['@msa/web-kit'],
  // A self-contained server in .next/standalone (server.js with only the node_modules it uses) for the images;
  // `next start` keeps serving the same build. Files are traced from the repository root (the build runs in the
  // app's folder), so the workspace packages are included.
  output: 'standalone',
  outputFileTracingRoot: resolve(process.cwd(), '..'),
  // `npm run typecheck` checks both apps with the rest of the repository. The test run's own production builds
  // (NEXT_BUILD_SKIP_TYPECHECK=1, set by the browser tests' global setup) skip Next's second check of the same
  // files, a quarter of each build; every other build still fails on a type error.
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === '1' },
};
