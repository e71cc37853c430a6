import type { FieldProblem, UserErrorCode } from '../domain/user-error-codes';

/** What a mutation service returns: the result, or the expected failures to report as userErrors. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failure<T = never>(...problems: FieldProblem[]): Outcome<T> {
  return { ok: false, problems };
}

export function problem(code: UserErrorCode, message: string, field: string[] = []): FieldProblem {
  return { code, message, field };
}
