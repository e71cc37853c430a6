import { COMMON_PASSWORDS } from './common-passwords';
import { emailLocalPart } from './email';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
/** Shorter local parts ("al", "x") occur inside many good passwords by chance. */
const MIN_LOCAL_PART_TO_CHECK = 3;

export type PasswordViolation =
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'SAME_AS_EMAIL'
  | 'BUILT_ON_EMAIL'
  | 'COMMON'
  | 'REPEATED_CHARACTER';

export type PasswordCheck = { ok: true } | { ok: false; violation: PasswordViolation; message: string };

const MESSAGES: Record<PasswordViolation, string> = {
  TOO_SHORT: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  TOO_LONG: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  SAME_AS_EMAIL: 'Your password must not be your email name.',
  BUILT_ON_EMAIL: `Your password must not be your email name with a few characters added: the rest must have at least ${PASSWORD_MIN_LENGTH} characters.`,
  COMMON: 'This password is too common; choose one that is harder to guess.',
  REPEATED_CHARACTER: 'Your password must not be one character repeated.',
};

function fail(violation: PasswordViolation): PasswordCheck {
  return { ok: false, violation, message: MESSAGES[violation] };
}

/**
 * The password rules for registration and password changes. Length counts characters (code points), not
 * bytes. A password may contain the email's local part only when what remains is itself long enough, since
 * the local part is the first thing an attacker tries.
 */
export function checkPassword(password: string, email: string): PasswordCheck {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return fail('TOO_SHORT');
  if (length > PASSWORD_MAX_LENGTH) return fail('TOO_LONG');

  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return fail('COMMON');
  if (new Set(lowered).size === 1) return fail('REPEATED_CHARACTER');

  const local = emailLocalPart(email.trim().toLowerCase());
  if (local && lowered === local) return fail('SAME_AS_EMAIL');
  if (local.length >= MIN_LOCAL_PART_TO_CHECK && lowered.includes(local)) {
    const rest = [...lowered.split(local).join('')].length;
    if (rest < PASSWORD_MIN_LENGTH) return fail('BUILT_ON_EMAIL');
  }
  return { ok: true };
}
