import {
  bearerToken,
  hasServiceScope,
  isStaffOrAdmin,
  secretMatches,
  SERVICE_TOKEN_PATH,
  type Role,
} from '@msa/auth';
import { callerOf, graphqlError, startGraphQLStandIn, type TestKeys } from '@msa/testing';

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

  const standIn = await startGraphQLStandIn<{ id: string }>(async ({ path, body, authorization }) => {
    if (path === SERVICE_TOKEN_PATH) {
      if (!secretMatches(bearerToken(authorization), secret))
        return { status: 401, json: { error: 'bad secret' } };
      const accessToken = await keys.signer.sign(
        {
          userId: `service:${String(body.service)}`,
          role: 'SERVICE',
          kind: 'service',
          scopes: ['users:read', 'orders:read'],
        },
        300,
      );
      return { json: { accessToken, expiresIn: 300 } };
    }
    const operation = /query (\w+)/.exec(body.query)?.[1] ?? 'anonymous';
    lookups.push(operation);
    const caller = await callerOf(keys.verifier, authorization);
    const identity = caller === 'invalid' ? null : caller;
    const scope = operation === 'NotificationOrder' ? 'orders:read' : 'users:read';
    if (!isStaffOrAdmin(identity) && !hasServiceScope(identity, scope))
      return graphqlError('Only staff can do this', 'FORBIDDEN');
    const id = body.variables.id;
    if (operation === 'NotificationRecipient') {
      const user = users.get(id);
      return {
        json: {
          data: {
            user: user && {
              id: user.id,
              name: user.name,
              email: user.email,
              role: user.role,
              defaultAddress: user.phone ? { phone: user.phone } : null,
            },
          },
        },
      };
    }
    if (operation === 'NotificationOrder') {
      const order = orders.get(id);
      return {
        json: {
          data: {
            order: order && {
              id: order.id,
              number: order.number,
              customer: order.customerId ? { id: order.customerId } : null,
              guestEmail: order.guestEmail ?? null,
              shippingAddress: { name: order.recipientName ?? 'Ada Lovelace' },
            },
          },
        },
      };
    }
    return graphqlError(`Unexpected operation ${operation}`, 'BAD_REQUEST');
  });
  return {
    baseUrl: standIn.baseUrl,
    graphqlUrl: standIn.url,
    secret,
    putUser: (user) => users.set(user.id, user),
    putOrder: (order) => orders.set(order.id, order),
    lookups,
    close: standIn.close,
  };
}
