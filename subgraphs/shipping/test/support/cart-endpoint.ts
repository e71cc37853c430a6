import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerToken, type AccessTokenVerifier } from '@msa/auth';
import type { CartLinesView } from '../../src/clients/cart.client';

/**
 * A stand-in for the cart service behind the router: answers the rates' cart query from carts the test puts
 * here and, like the real service, shows a customer's cart only to that customer and a guest cart to anyone.
 */
export interface CartEndpoint {
  url: string;
  /** ownerId null: a guest cart. */
  put(ownerId: string | null, cart: CartLinesView): void;
  /** Reads of this cart answer HTTP 503, as the router does when the cart service is down. */
  failReadsOf(cartId: string): void;
  /** Queries received, so a test can see whose token was forwarded. */
  requests: { authorization: string | undefined; cartId: string }[];
  close(): Promise<void>;
}

export async function startCartEndpoint(verifier: AccessTokenVerifier): Promise<CartEndpoint> {
  const carts = new Map<string, { ownerId: string | null; cart: CartLinesView }>();
  const requests: CartEndpoint['requests'] = [];
  const failing = new Set<string>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', async () => {
      const { variables } = JSON.parse(body) as { variables: { id: string } };
      requests.push({ authorization: req.headers.authorization, cartId: variables.id });
      const reply = (payload: unknown) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(payload));
      };
      if (failing.has(variables.id)) {
        res.statusCode = 503;
        return res.end('Service Unavailable');
      }
      const token = bearerToken(req.headers.authorization);
      let userId: string | null = null;
      if (token) {
        try {
          userId = (await verifier.verify(token)).userId;
        } catch {
          return reply({
            errors: [{ message: 'Access token is invalid', extensions: { code: 'UNAUTHENTICATED' } }],
          });
        }
      }
      const entry = carts.get(variables.id);
      if (!entry)
        return reply({ errors: [{ message: 'Cart not found', extensions: { code: 'NOT_FOUND' } }] });
      if (entry.ownerId !== null && entry.ownerId !== userId) {
        return reply({
          errors: [{ message: 'This cart belongs to someone else', extensions: { code: 'FORBIDDEN' } }],
        });
      }
      reply({ data: { cart: entry.cart } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    put: (ownerId, cart) => carts.set(cart.id, { ownerId, cart }),
    failReadsOf: (cartId) => failing.add(cartId),
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
