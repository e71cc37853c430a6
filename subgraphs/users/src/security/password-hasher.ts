import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

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
}

export function createPasswordHasher(options: PasswordHasherOptions = {}): PasswordHasher {
  const params = {
    algorithm: ARGON2ID,
    memoryCost: options.memoryCost ?? 19_456,
    timeCost: options.timeCost ?? 2,
    parallelism: 1,
  };
  let dummyHash: Promise<string> | undefined;
  const hasher: PasswordHasher = {
    hash: (password) => hash(password, params),
    async verify(passwordHash, password) {
      try {
        return await verify(passwordHash, password);
      } catch {
        return false;
      }
    },
    async verifyWithoutAccount(password) {
      dummyHash ??= hash(randomBytes(24).toString('base64url'), params);
      await hasher.verify(await dummyHash, password);
      return false;
    },
  };
  return hasher;
}
