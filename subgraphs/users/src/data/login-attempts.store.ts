import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { FailureWindow, LoginThrottlePolicy, ThrottleScope } from '../domain/login-throttle';

/**
 * Failed sign-in counters in Redis, one fixed window per account and per client address. The window starts
 * with the first failure (EXPIRE … NX) and the counter disappears when it ends.
 */
export class LoginAttemptStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly policy: LoginThrottlePolicy,
  ) {}

  // Emails are personal data: keys carry only their hash.
  private accountKey(email: string): string {
    return `${this.keyPrefix}login-failures:account:${createHash('sha256').update(email).digest('hex')}`;
  }

  private keys(email: string, ip: string): Record<ThrottleScope, string> {
    return { account: this.accountKey(email), ip: `${this.keyPrefix}login-failures:ip:${ip}` };
  }

  async windows(email: string, ip: string): Promise<Record<ThrottleScope, FailureWindow>> {
    const keys = this.keys(email, ip);
    const replies = await this.redis
      .multi()
      .get(keys.account)
      .ttl(keys.account)
      .get(keys.ip)
      .ttl(keys.ip)
      .exec();
    const value = (index: number) => {
      const [error, reply] = replies?.[index] ?? [new Error('Redis returned no reply'), null];
      if (error) throw error;
      return reply;
    };
    return {
      account: { failures: Number(value(0) ?? 0), ttlSeconds: Number(value(1)) },
      ip: { failures: Number(value(2) ?? 0), ttlSeconds: Number(value(3)) },
    };
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const replies = await this.redis
      .multi()
      .incr(keys.account)
      .expire(keys.account, this.policy.account.windowSeconds, 'NX')
      .incr(keys.ip)
      .expire(keys.ip, this.policy.ip.windowSeconds, 'NX')
      .exec();
    const failed = replies?.find(([error]) => error);
    if (failed) throw failed[0];
  }

  /** A successful sign-in forgives the account's failures; the address keeps its count. */
  async clearAccount(email: string): Promise<void> {
    await this.redis.del(this.accountKey(email));
  }
}
