import type { Redis } from 'ioredis';
import type { CartRecord } from '../domain/cart';

export interface CartStoreOptions {
  /** Prefix of every key, so environments and test files can share one Redis. */
  keyPrefix: string;
  /** Inactivity after which a cart copy expires; refreshed by every read and write. */
  ttlSeconds: number;
}

export type ReplaceOutcome = 'stored' | 'conflict' | 'gone';

/**
 * Replaces a cart only if it still holds the version the caller read (optimistic locking): two concurrent
 * writers both read version n, the first stores n+1, the second sees the conflict and retries on n+1.
 * Returns 1 stored, 0 conflict, -1 gone (expired or deleted meanwhile).
 */
const REPLACE_IF_VERSION = `
local current = redis.call('GET', KEYS[1])
if not current then return -1 end
if tonumber(cjson.decode(current).version) ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
return 1`;

/**
 * Stores a copy of a customer cart unless Redis already holds the same or a newer version: Postgres commits
 * in version order, but the copies written afterwards can arrive in any order.
 */
const STORE_IF_NEWER = `
local current = redis.call('GET', KEYS[1])
if current and tonumber(cjson.decode(current).version) >= tonumber(ARGV[1]) then
  redis.call('EXPIRE', KEYS[1], ARGV[3])
  return 0
end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
return 1`;

/**
 * Carts in Redis, one JSON document per cart. Guest carts live only here and expire after inactivity;
 * customer carts are a copy of Postgres that can be rebuilt at any time.
 */
export class CartStore {
  constructor(
    private readonly redis: Redis,
    private readonly options: CartStoreOptions,
  ) {}

  private cartKey(cartId: string): string {
    return `${this.options.keyPrefix}carts:${cartId}`;
  }

  private customerKey(customerId: string): string {
    return `${this.options.keyPrefix}customers:${customerId}`;
  }

  /** Reading a cart counts as activity and pushes its expiry back. */
  async get(cartId: string): Promise<CartRecord | null> {
    const raw = await this.redis.getex(this.cartKey(cartId), 'EX', this.options.ttlSeconds);
    return raw ? (JSON.parse(raw) as CartRecord) : null;
  }

  /** Stores a brand-new cart; false if the id is already taken. */
  async create(cart: CartRecord): Promise<boolean> {
    const reply = await this.redis.set(
      this.cartKey(cart.id),
      JSON.stringify(cart),
      'EX',
      this.options.ttlSeconds,
      'NX',
    );
    return reply === 'OK';
  }

  async replaceIfVersion(cart: CartRecord, expectedVersion: number): Promise<ReplaceOutcome> {
    const reply = await this.redis.eval(
      REPLACE_IF_VERSION,
      1,
      this.cartKey(cart.id),
      expectedVersion,
      JSON.stringify(cart),
      this.options.ttlSeconds,
    );
    return reply === 1 ? 'stored' : reply === 0 ? 'conflict' : 'gone';
  }

  /** Caches a customer cart read from or written to Postgres, and remembers it as the customer's cart. */
  async storeCustomerCart(cart: CartRecord & { customerId: string }): Promise<void> {
    await this.redis
      .pipeline()
      .eval(
        STORE_IF_NEWER,
        1,
        this.cartKey(cart.id),
        cart.version,
        JSON.stringify(cart),
        this.options.ttlSeconds,
      )
      .set(this.customerKey(cart.customerId), cart.id, 'EX', this.options.ttlSeconds)
      .exec()
      .then(throwFirstError);
  }

  async customerCartId(customerId: string): Promise<string | null> {
    return this.redis.getex(this.customerKey(customerId), 'EX', this.options.ttlSeconds);
  }

  async delete(cartId: string): Promise<void> {
    await this.redis.del(this.cartKey(cartId));
  }

  /** Drops a customer's cached cart and the pointer to it (account deletion). */
  async forgetCustomer(customerId: string): Promise<void> {
    const cartId = await this.redis.get(this.customerKey(customerId));
    await this.redis.del(this.customerKey(customerId), ...(cartId ? [this.cartKey(cartId)] : []));
  }
}

function throwFirstError(replies: [Error | null, unknown][] | null): void {
  const failed = replies?.find(([error]) => error);
  if (failed) throw failed[0];
}
