import type { Action, Condition, LineTarget } from './promotion-rules';

/**
 * Conditions and actions as admins send them: GraphQL has no input unions, so each entry is an object with
 * exactly one member set (one-of), named after the kind it describes.
 */
export interface ConditionInput {
  minSubtotal?: number | null;
  minQuantity?: number | null;
  productIds?: readonly string[] | null;
  categoryIds?: readonly string[] | null;
  firstOrder?: boolean | null;
}

export interface TargetInput {
  productIds?: readonly string[] | null;
  categoryIds?: readonly string[] | null;
}

export interface ActionInput {
  orderPercentOff?: { percent: number; maxAmount?: number | null } | null;
  orderAmountOff?: { amount: number } | null;
  linesPercentOff?: (TargetInput & { percent: number; maxAmount?: number | null }) | null;
  linesAmountOff?: (TargetInput & { amountPerUnit: number; maxAmount?: number | null }) | null;
  freeShipping?: boolean | null;
  buyXGetY?:
    | (TargetInput & {
        buyQuantity: number;
        getQuantity: number;
        percent?: number | null;
        maxApplications?: number | null;
        maxAmount?: number | null;
      })
    | null;
}

export interface Problems {
  list: { code: string; message: string; field: string[] }[];
  add(code: string, message: string, field: string[]): void;
}

/** Amounts are stored as 32-bit integers of minor units. */
export const MAX_AMOUNT = 2_147_483_647;
export const MAX_IDS = 100;
export const MAX_QUANTITY = 1000;

type Check<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const bad = <T>(message: string): Check<T> => ({ ok: false, message });

function amount(value: number, what: string): Check<number> {
  return Number.isInteger(value) && value >= 1 && value <= MAX_AMOUNT
    ? ok(value)
    : bad(`${what} must be a whole number of minor units from 1 to ${MAX_AMOUNT}.`);
}

function optionalCap(value: number | null | undefined): Check<number | null> {
  return value === null || value === undefined ? ok(null) : amount(value, 'maxAmount');
}

function quantity(value: number, what: string): Check<number> {
  return Number.isInteger(value) && value >= 1 && value <= MAX_QUANTITY
    ? ok(value)
    : bad(`${what} must be a whole number from 1 to ${MAX_QUANTITY}.`);
}

/** Percentages have at most two decimals and are stored in basis points (12.5 % → 1250). */
function basisPoints(percent: number): Check<number> {
  const points = Math.round(percent * 100);
  if (!Number.isFinite(percent) || Math.abs(percent * 100 - points) > 1e-6 || points < 1 || points > 10_000) {
    return bad('percent must be more than 0 and at most 100, with at most two decimals.');
  }
  return ok(points);
}

function idList(values: readonly string[], what: string): Check<string[]> {
  const ids = [...new Set(values.map((id) => id.trim()))];
  if (ids.length === 0 || ids.length > MAX_IDS || ids.some((id) => id.length === 0 || id.length > 100)) {
    return bad(`${what} must list 1 to ${MAX_IDS} non-empty ids.`);
  }
  return ok(ids);
}

function target(input: TargetInput): Check<LineTarget> {
  const productIds = input.productIds?.length ? idList(input.productIds, 'productIds') : ok<string[]>([]);
  if (!productIds.ok) return productIds;
  const categoryIds = input.categoryIds?.length ? idList(input.categoryIds, 'categoryIds') : ok<string[]>([]);
  if (!categoryIds.ok) return categoryIds;
  return ok({ productIds: productIds.value, categoryIds: categoryIds.value });
}

/** Runs checks in order and builds the rule from their values, or reports the first failure. */
function all<T extends unknown[]>(...checks: { [K in keyof T]: Check<T[K]> }): Check<T> {
  const values: unknown[] = [];
  for (const check of checks) {
    if (!check.ok) return check as Check<T>;
    values.push(check.value);
  }
  return ok(values as T);
}

function setMembers(input: object): string[] {
  return Object.entries(input)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key]) => key);
}

function conditionOf(key: string, input: ConditionInput): Check<Condition> {
  switch (key) {
    case 'minSubtotal': {
      const value = amount(input.minSubtotal!, 'minSubtotal');
      return value.ok ? ok({ kind: 'MIN_SUBTOTAL', amount: value.value }) : value;
    }
    case 'minQuantity': {
      const value = quantity(input.minQuantity!, 'minQuantity');
      return value.ok ? ok({ kind: 'MIN_QUANTITY', quantity: value.value }) : value;
    }
    case 'productIds': {
      const value = idList(input.productIds!, 'productIds');
      return value.ok ? ok({ kind: 'PRODUCTS', productIds: value.value }) : value;
    }
    case 'categoryIds': {
      const value = idList(input.categoryIds!, 'categoryIds');
      return value.ok ? ok({ kind: 'CATEGORIES', categoryIds: value.value }) : value;
    }
    default:
      return input.firstOrder === true
        ? ok({ kind: 'FIRST_ORDER' })
        : bad('firstOrder can only be true; leave the condition out instead.');
  }
}

function actionOf(key: string, input: ActionInput): Check<Action> {
  switch (key) {
    case 'orderPercentOff': {
      const { percent, maxAmount } = input.orderPercentOff!;
      const checked = all<[number, number | null]>(basisPoints(percent), optionalCap(maxAmount));
      return checked.ok
        ? ok({ kind: 'ORDER_PERCENT_OFF', basisPoints: checked.value[0], maxAmount: checked.value[1] })
        : checked;
    }
    case 'orderAmountOff': {
      const checked = amount(input.orderAmountOff!.amount, 'amount');
      return checked.ok ? ok({ kind: 'ORDER_AMOUNT_OFF', amount: checked.value }) : checked;
    }
    case 'linesPercentOff': {
      const spec = input.linesPercentOff!;
      const checked = all<[number, number | null, LineTarget]>(
        basisPoints(spec.percent),
        optionalCap(spec.maxAmount),
        target(spec),
      );
      if (!checked.ok) return checked;
      const [points, maxAmount, lines] = checked.value;
      return ok({ kind: 'LINES_PERCENT_OFF', basisPoints: points, maxAmount, target: lines });
    }
    case 'linesAmountOff': {
      const spec = input.linesAmountOff!;
      const checked = all<[number, number | null, LineTarget]>(
        amount(spec.amountPerUnit, 'amountPerUnit'),
        optionalCap(spec.maxAmount),
        target(spec),
      );
      if (!checked.ok) return checked;
      const [amountPerUnit, maxAmount, lines] = checked.value;
      return ok({ kind: 'LINES_AMOUNT_OFF', amountPerUnit, maxAmount, target: lines });
    }
    case 'freeShipping':
      return input.freeShipping === true
        ? ok({ kind: 'FREE_SHIPPING' })
        : bad('freeShipping can only be true; leave the action out instead.');
    default: {
      const spec = input.buyXGetY!;
      const applications =
        spec.maxApplications === null || spec.maxApplications === undefined
          ? ok(null)
          : quantity(spec.maxApplications, 'maxApplications');
      const checked = all<[number, number, number, number | null, number | null, LineTarget]>(
        quantity(spec.buyQuantity, 'buyQuantity'),
        quantity(spec.getQuantity, 'getQuantity'),
        basisPoints(spec.percent ?? 100),
        applications,
        optionalCap(spec.maxAmount),
        target(spec),
      );
      if (!checked.ok) return checked;
      const [buyQuantity, getQuantity, points, maxApplications, maxAmount, lines] = checked.value;
      return ok({
        kind: 'BUY_X_GET_Y',
        buyQuantity,
        getQuantity,
        basisPoints: points,
        maxApplications,
        maxAmount,
        target: lines,
      });
    }
  }
}

const CONDITION_MEMBERS = ['minSubtotal', 'minQuantity', 'productIds', 'categoryIds', 'firstOrder'] as const;
const ACTION_MEMBERS = [
  'orderPercentOff',
  'orderAmountOff',
  'linesPercentOff',
  'linesAmountOff',
  'freeShipping',
  'buyXGetY',
] as const;

function oneOf<T>(
  input: object,
  allowed: readonly string[],
  where: { field: string[]; code: string; problems: Problems },
  build: (key: string) => Check<T>,
): T | null {
  const { field, code, problems } = where;
  const members = setMembers(input).filter((key) => allowed.includes(key));
  if (members.length !== 1) {
    problems.add(
      code,
      `Set exactly one of ${allowed.join(', ')}; got ${members.length ? members.join(', ') : 'none'}.`,
      field,
    );
    return null;
  }
  const built = build(members[0]!);
  if (!built.ok) {
    problems.add(code, built.message, [...field, members[0]!]);
    return null;
  }
  return built.value;
}

export function validateCondition(
  input: ConditionInput,
  field: string[],
  problems: Problems,
): Condition | null {
  return oneOf(input, CONDITION_MEMBERS, { field, code: 'INVALID_CONDITION', problems }, (key) =>
    conditionOf(key, input),
  );
}

export function validateAction(input: ActionInput, field: string[], problems: Problems): Action | null {
  return oneOf(input, ACTION_MEMBERS, { field, code: 'INVALID_ACTION', problems }, (key) =>
    actionOf(key, input),
  );
}
