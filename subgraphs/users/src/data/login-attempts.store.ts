import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { FailureWindow, ThrottleScope } from '../domain/login-throttle';

/**
 * Failed sign-in counters in Redis: one hash (failures, last failure time) per account, per client address
 * and per account-and-address pair. Each is forgotten `windowSeconds` after its last failure. (A new key
 * namespace: the fixed-window string counters of the lockout era may still exist under `login-failures:`.)
 * Requests for account emails are counted by the same store under their own namespace.
 */
export class LoginAttemptStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly policy: { windowSeconds: number },
    private readonly namespace = 'login-backoff',
  ) {}

  // Emails are personal data: keys carry only their hash.
  private accountHash(email: string): string {
    return createHash('sha256').update(email).digest('hex');
  }

  private keys(email: string, ip: string): Record<ThrottleScope, string> {
    const account = this.accountHash(email);
    return {
      account: `${this.keyPrefix}${this.namespace}:account:${account}`,
      ip: `${this.keyPrefix}${this.namespace}:ip:${ip}`,
      pair: `${this.keyPrefix}${this.namespace}:pair:${account}:${ip}`,
    };
  }

  async windows(email: string, ip: string): Promise<Record<ThrottleScope, FailureWindow>> {
    const keys = this.keys(email, ip);
    const scopes = ['pair', 'ip', 'account'] as const;
    const replies = await Promise.all(
      scopes.map((scope) => this.redis.hmget(keys[scope], 'failures', 'last')),
    );
    const windows = {} as Record<ThrottleScope, FailureWindow>;
    scopes.forEach((scope, index) => {
      const [failures, last] = replies[index]!;
      windows[scope] = { failures: Number(failures ?? 0) || 0, lastFailureMs: Number(last ?? 0) || 0 };
    });
    return windows;
  }

  async recordFailure(email: string, ip: string, nowMs: number): Promise<void> {
    const keys = this.keys(email, ip);
    const multi = this.redis.multi();
    for (const key of Object.values(keys)) {
      multi
        .hincrby(key, 'failures', 1)
        .hset(key, 'last', String(nowMs))
        .expire(key, this.policy.windowSeconds);
    }
    const replies = await multi.exec();
    const failed = replies?.find(([error]) => error);
    if (failed) throw failed[0];
  }

  /** A successful sign-in forgives the account's failures; the address keeps its count. */
  async clearAccount(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await this.redis.del(keys.account, keys.pair);
  }
}
