import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  bearerToken,
  hasServiceScope,
  isStaffOrAdmin,
  secretMatches,
  SERVICE_TOKEN_PATH,
  type Role,
} from '@msa/auth';
import type { TestKeys } from '@msa/testing';

export interface DirectoryUser {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  phone: string | null;
}

/**
 * Stands in for the users service's token endpoint and the router's `user(id)` / `order(id)` fields: issues
 * service tokens for the shared secret, and answers lookups only for staff or service tokens, like the real
 * subgraphs do.
 */
export interface DirectoryOrder {
  id: string;
  number: string;
  /** Null for a guest order. */
  customerId: string | null;
  guestEmail?: string | null;
  recipientName?: string;
}

export interface DirectoryEndpoint {
  baseUrl: string;
  graphqlUrl: string;
  secret: string;
  putUser(user: DirectoryUser): void;
  putOrder(order: DirectoryOrder): void;
  /** Lookups received, by operation name. */
  lookups: string[];
  close(): Promise<void>;
}

export async function startDirectoryEndpoint(keys: TestKeys): Promise<DirectoryEndpoint> {
  const secret = `test-secret-${Math.random().toString(36).slice(2)}`;
  const users = new Map<string, DirectoryUser>();
  const orders = new Map<string, DirectoryOrder>();
  const lookups: string[] = [];

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', async () => {
      const reply = (status: number, payload: unknown) => {
        res.statusCode = status;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(payload));
      };
      if (req.url === SERVICE_TOKEN_PATH) {
        if (!secretMatches(bearerToken(req.headers.authorization), secret))
          return reply(401, { error: 'bad secret' });
        const { service } = JSON.parse(raw) as { service: string };
        const accessToken = await keys.signer.sign(
          {
            userId: `service:${service}`,
            role: 'SERVICE',
            kind: 'service',
            scopes: ['users:read', 'orders:read'],
          },
          300,
        );
        return reply(200, { accessToken, expiresIn: 300 });
      }
      const { query, variables } = JSON.parse(raw) as { query: string; variables: { id: string } };
      const operation = /query (\w+)/.exec(query)?.[1] ?? 'anonymous';
      lookups.push(operation);
      const token = bearerToken(req.headers.authorization);
      const identity = token ? await keys.verifier.verify(token).catch(() => null) : null;
      const scope = operation === 'NotificationOrder' ? 'orders:read' : 'users:read';
      if (!isStaffOrAdmin(identity) && !hasServiceScope(identity, scope))
        return reply(200, {
          errors: [{ message: 'Only staff can do this', extensions: { code: 'FORBIDDEN' } }],
        });
      if (operation === 'NotificationRecipient') {
        const user = users.get(variables.id);
        return reply(200, {
          data: {
            user: user && {
              id: user.id,
              name: user.name,
              email: user.email,
              role: user.role,
              defaultAddress: user.phone ? { phone: user.phone } : null,
            },
          },
        });
      }
      if (operation === 'NotificationOrder') {
        const order = orders.get(variables.id);
        return reply(200, {
          data: {
            order: order && {
              id: order.id,
              number: order.number,
              customer: order.customerId ? { id: order.customerId } : null,
              guestEmail: order.guestEmail ?? null,
              shippingAddress: { name: order.recipientName ?? 'Ada Lovelace' },
            },
          },
        });
      }
      return reply(200, {
        errors: [{ message: `Unexpected operation ${operation}`, extensions: { code: 'BAD_REQUEST' } }],
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    graphqlUrl: `${baseUrl}/graphql`,
    secret,
    putUser: (user) => users.set(user.id, user),
    putOrder: (order) => orders.set(order.id, order),
    lookups,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
