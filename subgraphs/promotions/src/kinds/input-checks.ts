import { BASIS_POINTS_PER_WHOLE } from '../domain/minor-units';

/**
 * The checks an admin's input goes through before it becomes a stored rule: each answers the value to store,
 * or the message to report (with the path of the member at fault).
 */
export type Check<T> = { ok: true; value: T } | { ok: false; message: string };
export const ok = <T>(value: T): Check<T> => ({ ok: true, value });
export const bad = <T>(message: string): Check<T> => ({ ok: false, message });

/** Amounts are stored as 32-bit integers of minor units. */
export const MAX_AMOUNT = 2_147_483_647;
export const MAX_IDS = 100;
export const MAX_QUANTITY = 1000;

export function amount(value: number, what: string): Check<number> {
  return Number.isInteger(value) && value >= 1 && value <= MAX_AMOUNT
    ? ok(value)
    : bad(`${what} must be a whole number of minor units from 1 to ${MAX_AMOUNT}.`);
}

export function optionalCap(value: number | null | undefined): Check<number | null> {
  return value === null || value === undefined ? ok(null) : amount(value, 'maxAmount');
}

export function quantity(value: number, what: string): Check<number> {
  return Number.isInteger(value) && value >= 1 && value <= MAX_QUANTITY
    ? ok(value)
    : bad(`${what} must be a whole number from 1 to ${MAX_QUANTITY}.`);
}

/** Percentages have at most two decimals and are stored in basis points (12.5 % → 1250). */
export function basisPoints(percent: number): Check<number> {
  const points = Math.round(percent * 100);
  if (!Number.isFinite(percent) || Math.abs(percent * 100 - points) > 1e-6 || points < 1 || points > 10_000) {
    return bad('percent must be more than 0 and at most 100, with at most two decimals.');
  }
  return ok(points);
}

/** Back from basis points to the percentage admins read and write. */
export function percentFrom(points: number): number {
  return (points * 100) / BASIS_POINTS_PER_WHOLE;
}

export function idList(values: readonly string[], what: string): Check<string[]> {
  const ids = [...new Set(values.map((id) => id.trim()))];
  if (ids.length === 0 || ids.length > MAX_IDS || ids.some((id) => id.length === 0 || id.length > 100)) {
    return bad(`${what} must list 1 to ${MAX_IDS} non-empty ids.`);
  }
  return ok(ids);
}

/** A member that can only be true (a kind without settings): false is refused rather than ignored. */
export function onlyTrue<T>(value: boolean, member: string, rule: T, leaveOut: string): Check<T> {
  return value === true ? ok(rule) : bad(`${member} can only be true; leave the ${leaveOut} out instead.`);
}

/** Runs checks in order and builds the rule from their values, or reports the first failure. */
export function all<T extends unknown[]>(...checks: { [K in keyof T]: Check<T[K]> }): Check<T> {
  const values: unknown[] = [];
  for (const check of checks) {
    if (!check.ok) return check as Check<T>;
    values.push(check.value);
  }
  return ok(values as T);
}

/** The rule built from one checked value, or the failure as it is. */
export function mapCheck<T, R>(check: Check<T>, build: (value: T) => R): Check<R> {
  return check.ok ? ok(build(check.value)) : check;
}
