import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';
import { clientAddress, parseTrustedProxies } from '@msa/subgraph-kit';
import type { HttpApp } from './http-app';

const clientIpStorage = new AsyncLocalStorage<string>();

/**
 * The kit builds the GraphQL context without handing over the request, so the address is carried in async
 * context from a middleware mounted before /graphql (the body parser preserves async context). The address
 * comes from X-Forwarded-For only through proxies listed in TRUSTED_PROXIES (the router's address).
 */
export function mountClientIp(app: HttpApp, trustedProxies: string | undefined): void {
  const trusted = parseTrustedProxies(trustedProxies);
  app.use('/graphql', (req: IncomingMessage, _res: unknown, next: () => void) => {
    clientIpStorage.run(
      clientAddress(req.headers['x-forwarded-for'], req.socket.remoteAddress, trusted),
      next,
    );
  });
}

export function currentClientIp(): string {
  return clientIpStorage.getStore() ?? 'unknown';
}
