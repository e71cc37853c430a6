import type { NextConfig } from 'next';

// Next.js reports usage to a remote service unless told not to; this app must build and run offline.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
