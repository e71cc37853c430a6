import type { Role, ServiceTokenClient } from '@msa/auth';
import { createRouterClient, describeRouterError, queryThroughRouter } from '@msa/subgraph-kit';
import { createTtlCache } from './ttl-cache';

/** What a message needs to reach someone; read through the router, never stored here. */
export interface RecipientContact {
  id: string;
  name: string;
  email: string | null;
  /** From the user's default address, the only phone number the shop knows. */
  phone: string | null;
  role: Role;
}

export interface OrderSummary {
  id: string;
  number: string;
  /** Null for an order placed as a guest and not claimed by a user. */
  customerId: string | null;
  /** Where a guest order's emails go; null for orders placed signed in. */
  guestEmail: string | null;
  /** How a guest is greeted: the name on the shipping address. */
  recipientName: string;
}

/** Users and orders as this service sees them through the router, acting as itself (a service token). */
export interface Directory {
  /** The user's contact data, or null when there is no such user. */
  user(userId: string): Promise<RecipientContact | null>;
  /** The order's number, customer and guest contact, or null when there is no such order. */
  order(orderId: string): Promise<OrderSummary | null>;
}

export const USER_QUERY = `query NotificationRecipient($id: ID!) {
  user(id: $id) { id name email role defaultAddress { phone } }
}`;

export const ORDER_QUERY = `query NotificationOrder($id: ID!) {
  order(id: $id) { id number customer { id } guestEmail shippingAddress { name } }
}`;

export class DirectoryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DirectoryError';
  }
}

export interface DirectoryOptions {
  routerUrl: string;
  tokens: ServiceTokenClient;
  timeoutMs?: number;
  /** How long contact data is reused; default 60 s. */
  cacheTtlMs?: number;
}

export function createDirectoryClient(options: DirectoryOptions): Directory {
  const router = createRouterClient({
    routerUrl: options.routerUrl,
    caller: 'notifications.directory',
    ...(options.timeoutMs ? { breaker: { timeoutMs: options.timeoutMs } } : {}),
  });
  const users = createTtlCache<string, RecipientContact>({
    ttlMs: options.cacheTtlMs ?? 60_000,
    maxEntries: 5_000,
  });

  async function query<T>(document: string, id: string): Promise<T | null> {
    const token = await options.tokens.token().catch((error: unknown) => {
      throw new DirectoryError('Could not obtain a service token from the users service', { cause: error });
    });
    const answer = await queryThroughRouter<T>(
      router,
      { query: document, variables: { id }, accessToken: token },
      DirectoryError,
    );
    const error = answer.errors[0];
    if (error) {
      if (error.extensions?.code === 'NOT_FOUND') return null;
      throw new DirectoryError(`The router refused the lookup: ${describeRouterError(error)}`);
    }
    if (!answer.data) throw new DirectoryError(`The router answered ${answer.status} without data`);
    return answer.data;
  }

  return {
    async user(userId) {
      const cached = users.get(userId);
      if (cached) return cached;
      const data = await query<{
        user: {
          id: string;
          name: string;
          email: string | null;
          role: Role;
          defaultAddress: { phone: string | null } | null;
        } | null;
      }>(USER_QUERY, userId);
      const user = data?.user;
      if (!user) return null;
      const contact: RecipientContact = {
        id: user.id,
        name: user.name,
        email: user.email,
        phone: user.defaultAddress?.phone ?? null,
        role: user.role,
      };
      users.set(userId, contact);
      return contact;
    },
    async order(orderId) {
      const data = await query<{
        order: {
          id: string;
          number: string;
          customer: { id: string } | null;
          guestEmail: string | null;
          shippingAddress: { name: string };
        } | null;
      }>(ORDER_QUERY, orderId);
      const order = data?.order;
      return order
        ? {
            id: order.id,
            number: order.number,
            customerId: order.customer?.id ?? null,
            guestEmail: order.guestEmail,
            recipientName: order.shippingAddress.name,
          }
        : null;
    },
  };
}
