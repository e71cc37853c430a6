import type { Identity } from '@msa/auth';
import type { NotificationsDb } from '../data/database';
import {
  pushTokensOf,
  registerPushToken,
  unregisterPushToken,
  type PushPlatform,
  type PushTokenRecord,
} from '../data/push-token.repo';

export const PUSH_TOKEN_MAX_LENGTH = 4_096;

/** Device tokens are opaque provider strings: printable, no spaces, of a sane length. */
export function pushTokenProblem(token: string): string | null {
  if (token.length < 8 || token.length > PUSH_TOKEN_MAX_LENGTH)
    return `A push token has 8 to ${PUSH_TOKEN_MAX_LENGTH} characters.`;
  if (!/^[\x21-\x7e]+$/.test(token)) return 'A push token has no spaces or control characters.';
  return null;
}

/**
 * Apps register their token on every start, so a registration untouched this long belongs to a device
 * that was reset or handed on; only then may another account take the token over.
 */
export const PUSH_TOKEN_STALE_AFTER_DAYS = 30;

export type RegisterOutcome =
  | { ok: true; token: PushTokenRecord }
  | { ok: false; code: 'INVALID_PUSH_TOKEN' | 'PUSH_TOKEN_IN_USE'; message: string };

export function createPushTokensService(db: NotificationsDb, now: () => Date) {
  return {
    async register(viewer: Identity, token: string, platform: PushPlatform): Promise<RegisterOutcome> {
      const problem = pushTokenProblem(token);
      if (problem) return { ok: false, code: 'INVALID_PUSH_TOKEN', message: problem };
      const at = now();
      const staleBefore = new Date(at.getTime() - PUSH_TOKEN_STALE_AFTER_DAYS * 24 * 60 * 60 * 1000);
      const result = await registerPushToken(db, viewer.userId, token, platform, at, staleBefore);
      if (result.registered) return { ok: true, token: result.token };
      return {
        ok: false,
        code: 'PUSH_TOKEN_IN_USE',
        message:
          'This device is registered to another account. Sign out there first (which unregisters it), or try again later.',
      };
    },
    unregister: (viewer: Identity, token: string) => unregisterPushToken(db, viewer.userId, token),
    mine: (viewer: Identity) => pushTokensOf(db, viewer.userId),
  };
}

export type PushTokensService = ReturnType<typeof createPushTokensService>;
