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

export type RegisterOutcome = { ok: true; token: PushTokenRecord } | { ok: false; message: string };

export function createPushTokensService(db: NotificationsDb, now: () => Date) {
  return {
    async register(viewer: Identity, token: string, platform: PushPlatform): Promise<RegisterOutcome> {
      const problem = pushTokenProblem(token);
      if (problem) return { ok: false, message: problem };
      return { ok: true, token: await registerPushToken(db, viewer.userId, token, platform, now()) };
    },
    unregister: (viewer: Identity, token: string) => unregisterPushToken(db, viewer.userId, token),
    mine: (viewer: Identity) => pushTokensOf(db, viewer.userId),
  };
}

export type PushTokensService = ReturnType<typeof createPushTokensService>;
