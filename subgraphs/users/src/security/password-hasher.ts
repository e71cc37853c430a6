import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { createWorkLimiter } from './work-limiter';

// The package's Algorithm is an ambient const enum, which isolated modules cannot read at runtime.
const ARGON2ID = 2 as Algorithm;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  /**
   * Spends the same time as a real verification and always fails; used when no account matches, so response
   * times do not reveal which emails are registered.
   */
  verifyWithoutAccount(password: string): Promise<false>;
}

export interface PasswordHasherOptions {
  /** KiB of memory per hash; 19 MiB with 2 passes is the OWASP minimum for argon2id. */
  memoryCost?: number;
  timeCost?: number;
  /** Hashes and verifications computed at once; the others wait in line (see DEFAULT_MAX_CONCURRENT_HASHES). */
  maxConcurrent?: number;
}

/**
 * argon2 runs on libuv's thread pool (4 threads by default), whose queue is first in, first out and shared
 * with DNS lookups (every new outgoing connection to a host name), file access and zlib. Left unbounded, a
 * burst of sign-ins or registrations fills that queue, and each lookup behind it waits for all the hashes
 * ahead: measured, a `localhost` lookup waited about 1 s behind 16 hashes, so under a burst calls to Postgres,
 * Redis and other services time out and connections drop. At most two hashes run at once, the rest wait here
 * in line, and two threads stay free for everything else.
 */
export const DEFAULT_MAX_CONCURRENT_HASHES = 2;

export function createPasswordHasher(options: PasswordHasherOptions = {}): PasswordHasher {
  const params = {
    algorithm: ARGON2ID,
    memoryCost: options.memoryCost ?? 19_456,
    timeCost: options.timeCost ?? 2,
    parallelism: 1,
  };
  const limiter = createWorkLimiter(options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT_HASHES);
  let dummyHash: Promise<string> | undefined;
  const hasher: PasswordHasher = {
    hash: (password) => limiter.run(() => hash(password, params)),
    async verify(passwordHash, password) {
      try {
        return await limiter.run(() => verify(passwordHash, password));
      } catch {
        return false;
      }
    },
    async verifyWithoutAccount(password) {
      dummyHash ??= hasher.hash(randomBytes(24).toString('base64url'));
      await hasher.verify(await dummyHash, password);
      return false;
    },
  };
  return hasher;
}
