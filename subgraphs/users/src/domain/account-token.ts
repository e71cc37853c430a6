import { UserErrorCode, type FieldProblem } from './user-error-codes';

export type AccountTokenPurpose = 'PASSWORD_RESET' | 'EMAIL_VERIFICATION';

/** How long a mailed link works: a reset link briefly (it grants the account), a verification link a day. */
export const ACCOUNT_TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: 30 * 60 * 1000,
  EMAIL_VERIFICATION: 24 * 60 * 60 * 1000,
};

/** The storefront pages that open each link. */
const LINK_PATHS: Record<AccountTokenPurpose, string> = {
  PASSWORD_RESET: '/reset-password',
  EMAIL_VERIFICATION: '/verify-email',
};

/** What the database knows about a presented token. */
export interface StoredAccountToken {
  userId: string;
  purpose: AccountTokenPurpose;
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/** Tokens are 32 random bytes in base64url (43 characters); anything else is refused without a lookup. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function isWellFormedAccountToken(raw: string): boolean {
  return TOKEN_SHAPE.test(raw);
}

export function accountTokenExpiry(purpose: AccountTokenPurpose, now: Date): Date {
  return new Date(now.getTime() + ACCOUNT_TOKEN_TTL_MS[purpose]);
}

/** The link mailed to the account holder: the storefront page for the purpose, with the token. */
export function accountLink(storefrontOrigin: string, purpose: AccountTokenPurpose, token: string): string {
  const url = new URL(LINK_PATHS[purpose], storefrontOrigin);
  url.searchParams.set('token', token);
  return url.toString();
}

const FIELD = ['token'];

const REQUEST_AGAIN: Record<AccountTokenPurpose, string> = {
  PASSWORD_RESET: 'Request a new password reset email.',
  EMAIL_VERIFICATION: 'Send a new verification email from your account page.',
};

/**
 * Whether a presented token may be used now: it must exist, serve this purpose, be unused and unexpired.
 * A token of the other purpose is reported like an unknown one, so one kind of link never opens the other.
 */
export function accountTokenProblem(
  stored: StoredAccountToken | null,
  purpose: AccountTokenPurpose,
  now: Date,
): FieldProblem | null {
  const again = REQUEST_AGAIN[purpose];
  if (!stored || stored.purpose !== purpose)
    return { code: UserErrorCode.INVALID_LINK, message: `This link is not valid. ${again}`, field: FIELD };
  if (stored.usedAt)
    return {
      code: UserErrorCode.LINK_ALREADY_USED,
      message: `This link has already been used. ${again}`,
      field: FIELD,
    };
  if (stored.expiresAt.getTime() <= now.getTime())
    return { code: UserErrorCode.LINK_EXPIRED, message: `This link has expired. ${again}`, field: FIELD };
  return null;
}
