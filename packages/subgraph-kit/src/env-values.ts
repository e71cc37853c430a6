import { z } from 'zod';

/** An empty variable (`FOO=`) means "not set", as shells and compose files write unset variables. */
const emptyIsUnset = (value: unknown) => (value === '' ? undefined : value);

/** Wraps a setting so that an empty variable counts as unset: its default, or undefined. */
export function unsetWhenEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess(emptyIsUnset, schema);
}

export interface WholeNumberRange {
  min: number;
  max?: number;
  /** Named in the message: "must be a whole number of seconds from 60 to 3600". */
  unit?: string;
}

function wholeNumber({ min, max, unit }: WholeNumberRange) {
  const range = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
  const message = `must be a whole number${unit ? ` of ${unit}` : ''} ${range}`;
  const number = z.coerce.number({ error: message }).int(message).min(min, message);
  return max === undefined ? number : number.max(max, message);
}

/**
 * A whole-number setting within a range, e.g. `wholeNumberEnv({ min: 1, max: 20 }, 5)`. A value out of range or
 * not a whole number is refused with the range in the message (loadConfig names the variable); an unset or
 * empty variable takes the default, or stays undefined without one.
 */
export function wholeNumberEnv(range: WholeNumberRange, fallback: number): z.ZodType<number>;
export function wholeNumberEnv(range: WholeNumberRange): z.ZodType<number | undefined>;
export function wholeNumberEnv(range: WholeNumberRange, fallback?: number): z.ZodType<number | undefined> {
  const number = wholeNumber(range);
  return unsetWhenEmpty(fallback === undefined ? number.optional() : number.default(fallback));
}
