/**
 * A rule broken by some input, reported to the caller as a userError. Domain rules return these instead of
 * throwing so that one mutation can report every problem at once.
 */
export interface Problem {
  code: string;
  message: string;
  field: string[];
}

export function problem(code: string, message: string, field: string[]): Problem {
  return { code, message, field };
}
