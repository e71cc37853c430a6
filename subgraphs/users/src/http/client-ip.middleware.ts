import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';
import { clientIpFrom } from '../domain/client-ip';
import type { HttpApp } from './http-app';

const clientIpStorage = new AsyncLocalStorage<string>();

/**
 * The kit builds the GraphQL context without handing over the request, so the address is carried in async
 * context from a middleware mounted before /graphql (the body parser preserves async context).
 */
export function mountClientIp(app: HttpApp): void {
  app.use('/graphql', (req: IncomingMessage, _res: unknown, next: () => void) => {
    clientIpStorage.run(clientIpFrom(req.headers['x-forwarded-for'], req.socket.remoteAddress), next);
  });
}

export function currentClientIp(): string {
  return clientIpStorage.getStore() ?? 'unknown';
}
