import { UserErrorCode, type FieldProblem } from './user-error-codes';

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export interface TextRule {
  label: string;
  max: number;
  /** Defaults to 1: the value must not be blank. */
  min?: number;
  pattern?: { test: RegExp; hint: string };
}

export type TextCheck = { ok: true; value: string } | { ok: false; problem: FieldProblem };

/** Trims and checks one free-text input; the message names the field the way a form would. */
export function checkText(raw: string, rule: TextRule, field: string[]): TextCheck {
  const value = raw.trim().replace(/\s+/g, ' ');
  const length = [...value].length;
  const min = rule.min ?? 1;
  const problem = (message: string): TextCheck => ({
    ok: false,
    problem: { code: UserErrorCode.INVALID_INPUT, message, field },
  });
  if (length < min)
    return problem(
      min === 1 ? `${rule.label} is required.` : `${rule.label} must have at least ${min} characters.`,
    );
  if (length > rule.max) return problem(`${rule.label} must have at most ${rule.max} characters.`);
  if (CONTROL_CHARACTERS.test(value))
    return problem(`${rule.label} contains characters that are not allowed.`);
  if (rule.pattern && !rule.pattern.test.test(value)) return problem(`${rule.label} ${rule.pattern.hint}`);
  return { ok: true, value };
}

export const DISPLAY_NAME_RULE: TextRule = { label: 'Name', max: 100 };
