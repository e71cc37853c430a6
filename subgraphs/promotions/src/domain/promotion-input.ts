import { DEFAULT_CURRENCY } from '@msa/subgraph-kit';
import { normalizeCouponCode } from './coupon-code';
import type { Action, Condition, PromotionRule } from './promotion-rules';
import {
  actionToInput,
  conditionToInput,
  validateAction,
  validateCondition,
  type ActionInput,
  type ConditionInput,
  type Problems,
} from './rule-input';

export type { ActionInput, ConditionInput } from './rule-input';

/** A draft that passed validation, in the shape it is stored. */
export type PromotionDefinition = Omit<PromotionRule, 'id' | 'usageCount' | 'active'>;

/** What an admin sends to create a promotion (or the result of merging an update into one). */
export type PromotionDraft = Omit<PromotionDefinition, 'conditions' | 'actions'> & {
  conditions: readonly ConditionInput[];
  actions: readonly ActionInput[];
};

/** A draft with the defaults of everything left out: USD, no conditions, no dates or limits, exclusive, priority 0. */
export function promotionDraft(
  fields: Pick<PromotionDraft, 'name' | 'actions'> & Partial<PromotionDraft>,
): PromotionDraft {
  return {
    code: null,
    currency: DEFAULT_CURRENCY,
    conditions: [],
    startsAt: null,
    endsAt: null,
    usageLimit: null,
    perCustomerLimit: null,
    stackable: false,
    priority: 0,
    ...fields,
  };
}

export interface InputProblem {
  code: string;
  message: string;
  field: string[];
}

export const LIMITS = {
  nameLength: 120,
  conditions: 10,
  actions: 10,
  priority: 1000,
  usage: 1_000_000_000,
} as const;

export type ValidationResult =
  | { ok: true; value: PromotionDefinition }
  | { ok: false; problems: InputProblem[] };

function validateHeader(draft: PromotionDraft, problems: Problems) {
  const name = draft.name.trim();
  if (name.length === 0 || name.length > LIMITS.nameLength) {
    problems.add('INVALID_NAME', `The name must be 1 to ${LIMITS.nameLength} characters.`, ['name']);
  }
  const code = draft.code === null ? null : normalizeCouponCode(draft.code);
  if (draft.code !== null && code === null) {
    problems.add(
      'INVALID_CODE',
      'A code is 3 to 32 letters, digits, "-" or "_", starting with a letter or digit.',
      ['code'],
    );
  }
  if (!/^[A-Z]{3}$/.test(draft.currency)) {
    problems.add('INVALID_CURRENCY', 'The currency must be an ISO 4217 code such as USD.', ['currency']);
  }
  return { name, code };
}

function validateSchedule(draft: PromotionDraft, problems: Problems) {
  for (const [key, value] of [
    ['startsAt', draft.startsAt],
    ['endsAt', draft.endsAt],
  ] as const) {
    if (value !== null && Number.isNaN(value.getTime()))
      problems.add('INVALID_WINDOW', `${key} is not a valid date.`, [key]);
  }
  if (draft.startsAt && draft.endsAt && draft.startsAt.getTime() >= draft.endsAt.getTime()) {
    problems.add('INVALID_WINDOW', 'endsAt must be after startsAt.', ['endsAt']);
  }
  for (const [key, value] of [
    ['usageLimit', draft.usageLimit],
    ['perCustomerLimit', draft.perCustomerLimit],
  ] as const) {
    if (value !== null && (!Number.isInteger(value) || value < 1 || value > LIMITS.usage)) {
      problems.add(
        'INVALID_LIMIT',
        `${key} must be a whole number from 1 to ${LIMITS.usage}, or null for no limit.`,
        [key],
      );
    }
  }
  if (!Number.isInteger(draft.priority) || Math.abs(draft.priority) > LIMITS.priority) {
    problems.add(
      'INVALID_PRIORITY',
      `priority must be a whole number from -${LIMITS.priority} to ${LIMITS.priority}.`,
      ['priority'],
    );
  }
}

function validateRules(
  draft: PromotionDraft,
  problems: Problems,
): { conditions: Condition[]; actions: Action[] } {
  if (draft.conditions.length > LIMITS.conditions) {
    problems.add('INVALID_CONDITION', `A promotion has at most ${LIMITS.conditions} conditions.`, [
      'conditions',
    ]);
  }
  const conditions = draft.conditions.flatMap(
    (input, index) => validateCondition(input, ['conditions', String(index)], problems) ?? [],
  );
  const kinds = conditions.map((condition) => condition.kind);
  const repeated = kinds.find((kind, index) => kinds.indexOf(kind) !== index);
  if (repeated)
    problems.add('INVALID_CONDITION', `Each kind of condition may appear once; ${repeated} appears twice.`, [
      'conditions',
    ]);

  if (draft.actions.length === 0 || draft.actions.length > LIMITS.actions) {
    problems.add('INVALID_ACTION', `A promotion needs 1 to ${LIMITS.actions} actions.`, ['actions']);
  }
  const actions = draft.actions.flatMap(
    (input, index) => validateAction(input, ['actions', String(index)], problems) ?? [],
  );
  return { conditions, actions };
}

/**
 * Checks everything about a promotion that does not need the database (code uniqueness does). Every problem
 * is reported at once, each with the path of the input field at fault under `input`.
 */
export function validatePromotionDraft(draft: PromotionDraft): ValidationResult {
  const problems = createProblems(['input']);
  const { name, code } = validateHeader(draft, problems);
  validateSchedule(draft, problems);
  const { conditions, actions } = validateRules(draft, problems);
  if (problems.list.length > 0) return { ok: false, problems: problems.list };
  return {
    ok: true,
    value: {
      name,
      code,
      currency: draft.currency,
      conditions,
      actions,
      startsAt: draft.startsAt,
      endsAt: draft.endsAt,
      usageLimit: draft.usageLimit,
      perCustomerLimit: draft.perCustomerLimit,
      stackable: draft.stackable,
      priority: draft.priority,
    },
  };
}

function createProblems(root: string[]): Problems {
  const list: InputProblem[] = [];
  return { list, add: (code, message, field) => list.push({ code, message, field: [...root, ...field] }) };
}

/** Back from stored rules to the input shape, so an update can change some fields and re-validate the whole. */
export function draftFromDefinition(definition: PromotionDefinition): PromotionDraft {
  return {
    ...definition,
    conditions: definition.conditions.map(conditionToInput),
    actions: definition.actions.map(actionToInput),
  };
}
