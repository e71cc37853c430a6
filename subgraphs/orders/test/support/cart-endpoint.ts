import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerToken, type AccessTokenVerifier } from '@msa/auth';
import type { CartView } from '../../src/domain/order-snapshot';

/**
 * A stand-in for the cart service's HTTP API behind the router: answers the checkout's cart query from carts
 * the test puts here, and like the real service only shows a customer their own carts.
 */
export interface CartEndpoint {
  url: string;
  put(ownerId: string, cart: CartView): void;
  /** Queries received, so a test can see the caller's token was forwarded. */
  requests: { authorization: string | undefined; cartId: string }[];
  close(): Promise<void>;
}

export async function startCartEndpoint(verifier: AccessTokenVerifier): Promise<CartEndpoint> {
  const carts = new Map<string, { ownerId: string; cart: CartView }>();
  const requests: CartEndpoint['requests'] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', async () => {
      const { variables } = JSON.parse(body) as { variables: { id: string } };
      requests.push({ authorization: req.headers.authorization, cartId: variables.id });
      const token = bearerToken(req.headers.authorization);
      const reply = (payload: unknown) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(payload));
      };
      if (!token) return reply({ data: { cart: null } });
      let userId: string;
      try {
        userId = (await verifier.verify(token)).userId;
      } catch {
        return reply({
          errors: [{ message: 'Access token is invalid', extensions: { code: 'UNAUTHENTICATED' } }],
        });
      }
      const entry = carts.get(variables.id);
      reply({ data: { cart: entry && entry.ownerId === userId ? entry.cart : null } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    put: (ownerId, cart) => carts.set(cart.id, { ownerId, cart }),
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
