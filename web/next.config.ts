import type { NextConfig } from 'next';
import { baseNextConfig } from '@msa/web-kit/next-config';

const nextConfig: NextConfig = { ...baseNextConfig };

export default nextConfig;
