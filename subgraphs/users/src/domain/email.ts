import { UserErrorCode, type FieldProblem } from './user-error-codes';

const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])$/;

/** Emails are compared and stored trimmed and in lower case, so "Ann@Example.com " and "ann@example.com" are one account. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export type EmailCheck = { ok: true; email: string } | { ok: false; problem: FieldProblem };

/** Normalises and validates an address; `field` names the input it came from in the error. */
export function parseEmail(raw: string, field: string[]): EmailCheck {
  const email = normaliseEmail(raw);
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const valid =
    at > 0 &&
    email.length <= MAX_EMAIL_LENGTH &&
    local.length <= MAX_LOCAL_PART_LENGTH &&
    LOCAL_PART.test(local) &&
    DOMAIN.test(domain);
  if (valid) return { ok: true, email };
  return {
    ok: false,
    problem: {
      code: UserErrorCode.INVALID_EMAIL,
      message: 'Enter a valid email address, like name@example.com.',
      field,
    },
  };
}

/** The part before the @, used to reject passwords built from it. */
export function emailLocalPart(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at);
}
