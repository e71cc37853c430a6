import { isIP } from 'node:net';

/**
 * Where every internal HTTP server listens unless told otherwise: loopback only. A container or pod sets
 * HOST=0.0.0.0 explicitly so its network (and nothing else on a developer's machine) can reach it.
 */
export const DEFAULT_LISTEN_HOST = '127.0.0.1';

/** True for listen addresses reachable from this machine only (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const value = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (value === 'localhost') return true;
  if (value.startsWith('::ffff:')) return isLoopbackHost(value.slice('::ffff:'.length));
  if (isIP(value) === 4) return value.startsWith('127.');
  if (isIP(value) === 6) return value === '::1' || value === '0:0:0:0:0:0:0:1';
  return false;
}

/**
 * Whether a secret may be used by a server listening on `listenHost`: a development default published in
 * the repository is only good on loopback (and never in production), where nobody else can present it.
 */
export function developmentSecretRefused(
  secret: string,
  developmentSecret: string,
  listenHost: string,
  nodeEnv: string | undefined = process.env.NODE_ENV,
): boolean {
  if (secret !== developmentSecret) return false;
  return nodeEnv === 'production' || !isLoopbackHost(listenHost);
}
