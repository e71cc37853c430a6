import { parseMoneyInput, toMoneyInput } from '@msa/web-kit/money';
import type {
  CreatePromotionInput,
  PromotionActionInput,
  PromotionActionKind,
  PromotionConditionInput,
  PromotionFieldsFragment,
} from '@/__generated__/graphql';

/**
 * The promotion form: what a person types (strings, lists of ids, switches) and the API input built from
 * it, with one message per field for anything the promotions service would refuse. Every condition and
 * action the engine knows has a place here; each condition kind appears at most once, as the engine asks.
 */

export interface PromotionActionForm {
  kind: PromotionActionKind;
  /** ORDER_PERCENT_OFF, LINES_PERCENT_OFF, BUY_X_GET_Y (empty there means free). */
  percent: string;
  /** ORDER_AMOUNT_OFF: amount off the order; LINES_AMOUNT_OFF: amount off each unit. */
  amount: string;
  /** Cap on what the action takes off in all; empty for none. */
  maxAmount: string;
  /** Line actions: the products and categories covered; both empty covers every line. */
  productIds: string[];
  categoryIds: string[];
  buyQuantity: string;
  getQuantity: string;
  /** BUY_X_GET_Y: the most times it applies per order; empty for no limit. */
  maxApplications: string;
}

export interface PromotionForm {
  name: string;
  /** Empty for an automatic promotion. */
  code: string;
  currency: string;
  /** `datetime-local` values (local time); empty for "at once" / "never". */
  startsAt: string;
  endsAt: string;
  usageLimit: string;
  perCustomerLimit: string;
  stackable: boolean;
  priority: string;
  minSubtotal: string;
  minQuantity: string;
  conditionProductIds: string[];
  conditionCategoryIds: string[];
  firstOrder: boolean;
  actions: PromotionActionForm[];
}

export type PromotionFormErrors = Partial<Record<string, string>>;
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: PromotionFormErrors };

export const ACTION_KINDS: readonly { kind: PromotionActionKind; label: string }[] = [
  { kind: 'ORDER_PERCENT_OFF', label: 'Percent off the order' },
  { kind: 'ORDER_AMOUNT_OFF', label: 'Fixed amount off the order' },
  { kind: 'LINES_PERCENT_OFF', label: 'Percent off matching lines' },
  { kind: 'LINES_AMOUNT_OFF', label: 'Amount off each matching unit' },
  { kind: 'FREE_SHIPPING', label: 'Free shipping' },
  { kind: 'BUY_X_GET_Y', label: 'Buy X, get Y' },
];

export const LINE_ACTION_KINDS: readonly PromotionActionKind[] = [
  'LINES_PERCENT_OFF',
  'LINES_AMOUNT_OFF',
  'BUY_X_GET_Y',
];

export const PROMOTION_LIMITS = { nameLength: 120, priority: 1000, quantity: 1000, actions: 10 } as const;

const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/;
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;
const WHOLE = /^\d+$/;
const SIGNED_WHOLE = /^-?\d+$/;

export function emptyAction(kind: PromotionActionKind = 'ORDER_PERCENT_OFF'): PromotionActionForm {
  return {
    kind,
    percent: '',
    amount: '',
    maxAmount: '',
    productIds: [],
    categoryIds: [],
    buyQuantity: '',
    getQuantity: '',
    maxApplications: '',
  };
}

export function emptyPromotionForm(): PromotionForm {
  return {
    name: '',
    code: '',
    currency: 'USD',
    startsAt: '',
    endsAt: '',
    usageLimit: '',
    perCustomerLimit: '',
    stackable: false,
    priority: '0',
    minSubtotal: '',
    minQuantity: '',
    conditionProductIds: [],
    conditionCategoryIds: [],
    firstOrder: false,
    actions: [emptyAction()],
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO timestamp as a `datetime-local` value in the browser's time zone. */
export function toLocalDateTimeInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (local time) as an ISO timestamp; null when empty or not a date. */
export function fromLocalDateTimeInput(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The form for a saved promotion, so an edit starts from what is stored. */
export function promotionFormFromApi(promotion: PromotionFieldsFragment): PromotionForm {
  const form = emptyPromotionForm();
  const money = (amount: number | null | undefined) =>
    amount === null || amount === undefined ? '' : toMoneyInput(amount, promotion.currency);
  const count = (value: number | null | undefined) =>
    value === null || value === undefined ? '' : String(value);
  for (const condition of promotion.conditions) {
    switch (condition.kind) {
      case 'MIN_SUBTOTAL':
        form.minSubtotal = money(condition.minSubtotal?.amount);
        break;
      case 'MIN_QUANTITY':
        form.minQuantity = count(condition.minQuantity);
        break;
      case 'PRODUCTS':
        form.conditionProductIds = [...condition.productIds];
        break;
      case 'CATEGORIES':
        form.conditionCategoryIds = [...condition.categoryIds];
        break;
      case 'FIRST_ORDER':
        form.firstOrder = true;
        break;
    }
  }
  return {
    ...form,
    name: promotion.name,
    code: promotion.code ?? '',
    currency: promotion.currency,
    startsAt: toLocalDateTimeInput(promotion.startsAt),
    endsAt: toLocalDateTimeInput(promotion.endsAt),
    usageLimit: count(promotion.usageLimit),
    perCustomerLimit: count(promotion.perCustomerLimit),
    stackable: promotion.stackable,
    priority: String(promotion.priority),
    actions: promotion.actions.map((action) => ({
      kind: action.kind,
      percent: action.percent === null || action.percent === undefined ? '' : String(action.percent),
      amount: money(action.amount?.amount),
      maxAmount: money(action.maxAmount?.amount),
      productIds: [...action.productIds],
      categoryIds: [...action.categoryIds],
      buyQuantity: count(action.buyQuantity),
      getQuantity: count(action.getQuantity),
      maxApplications: count(action.maxApplications),
    })),
  };
}

/** Collects field messages while the input is built. */
class FieldChecks {
  readonly errors: PromotionFormErrors = {};

  fail(field: string, message: string): null {
    if (!(field in this.errors)) this.errors[field] = message;
    return null;
  }

  money(field: string, text: string, currency: string, required: boolean): number | null {
    if (text.trim() === '') return required ? this.fail(field, 'Enter an amount') : null;
    const parsed = parseMoneyInput(text, currency);
    if (!parsed.ok) return this.fail(field, parsed.message.replace('price', 'amount'));
    if (parsed.amount < 1) return this.fail(field, 'Enter an amount above zero');
    return parsed.amount;
  }

  whole(field: string, text: string, min: number, max: number, required: boolean): number | null {
    const trimmed = text.trim();
    if (trimmed === '') return required ? this.fail(field, 'Enter a number') : null;
    const value = Number(trimmed);
    if (!WHOLE.test(trimmed) || value < min || value > max) {
      return this.fail(field, `Enter a whole number from ${min} to ${max}`);
    }
    return value;
  }

  percent(field: string, text: string, required: boolean): number | null {
    const trimmed = text.trim();
    if (trimmed === '') return required ? this.fail(field, 'Enter a percentage') : null;
    const value = Number(trimmed);
    if (!PERCENT.test(trimmed) || value <= 0 || value > 100) {
      return this.fail(field, 'Enter a percentage above 0 and at most 100 (two decimals at most)');
    }
    return value;
  }
}

const USAGE_MAX = 1_000_000_000;

function targetOf(action: PromotionActionForm) {
  return {
    ...(action.productIds.length > 0 ? { productIds: action.productIds } : {}),
    ...(action.categoryIds.length > 0 ? { categoryIds: action.categoryIds } : {}),
  };
}

function actionInput(
  action: PromotionActionForm,
  index: number,
  currency: string,
  checks: FieldChecks,
): PromotionActionInput | null {
  const at = (field: string) => `actions.${index}.${field}`;
  const maxAmount = () => checks.money(at('maxAmount'), action.maxAmount, currency, false);
  switch (action.kind) {
    case 'ORDER_PERCENT_OFF': {
      const percent = checks.percent(at('percent'), action.percent, true);
      const cap = maxAmount();
      return percent === null ? null : { orderPercentOff: { percent, maxAmount: cap } };
    }
    case 'ORDER_AMOUNT_OFF': {
      const amount = checks.money(at('amount'), action.amount, currency, true);
      return amount === null ? null : { orderAmountOff: { amount } };
    }
    case 'LINES_PERCENT_OFF': {
      const percent = checks.percent(at('percent'), action.percent, true);
      const cap = maxAmount();
      return percent === null ? null : { linesPercentOff: { percent, maxAmount: cap, ...targetOf(action) } };
    }
    case 'LINES_AMOUNT_OFF': {
      const amountPerUnit = checks.money(at('amount'), action.amount, currency, true);
      const cap = maxAmount();
      return amountPerUnit === null
        ? null
        : { linesAmountOff: { amountPerUnit, maxAmount: cap, ...targetOf(action) } };
    }
    case 'FREE_SHIPPING':
      return { freeShipping: true };
    case 'BUY_X_GET_Y': {
      const max = PROMOTION_LIMITS.quantity;
      const buyQuantity = checks.whole(at('buyQuantity'), action.buyQuantity, 1, max, true);
      const getQuantity = checks.whole(at('getQuantity'), action.getQuantity, 1, max, true);
      const percent = checks.percent(at('percent'), action.percent, false);
      const maxApplications = checks.whole(at('maxApplications'), action.maxApplications, 1, max, false);
      const cap = maxAmount();
      if (buyQuantity === null || getQuantity === null) return null;
      return {
        buyXGetY: {
          buyQuantity,
          getQuantity,
          percent,
          maxApplications,
          maxAmount: cap,
          ...targetOf(action),
        },
      };
    }
  }
}

function conditionInputs(form: PromotionForm, checks: FieldChecks): PromotionConditionInput[] {
  const conditions: PromotionConditionInput[] = [];
  const minSubtotal = checks.money('minSubtotal', form.minSubtotal, form.currency, false);
  if (minSubtotal !== null) conditions.push({ minSubtotal });
  const minQuantity = checks.whole('minQuantity', form.minQuantity, 1, PROMOTION_LIMITS.quantity, false);
  if (minQuantity !== null) conditions.push({ minQuantity });
  if (form.conditionProductIds.length > 0) conditions.push({ productIds: form.conditionProductIds });
  if (form.conditionCategoryIds.length > 0) conditions.push({ categoryIds: form.conditionCategoryIds });
  if (form.firstOrder) conditions.push({ firstOrder: true });
  return conditions;
}

/**
 * The whole promotion as the API takes it, for `createPromotion` and `updatePromotion` alike. Empty optional
 * fields become null, which means "none" in both (an update replaces the promotion as a whole).
 */
export function toPromotionInput(form: PromotionForm): Checked<CreatePromotionInput> {
  const checks = new FieldChecks();
  const name = form.name.trim();
  if (name.length === 0) checks.fail('name', 'Enter a name');
  else if (name.length > PROMOTION_LIMITS.nameLength)
    checks.fail('name', `At most ${PROMOTION_LIMITS.nameLength} characters`);

  const code = form.code.trim();
  if (code && !CODE.test(code))
    checks.fail('code', '3 to 32 letters, digits, "-" or "_", starting with a letter or digit');

  const currency = form.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) checks.fail('currency', 'A three-letter currency code such as USD');

  const startsAt = form.startsAt ? fromLocalDateTimeInput(form.startsAt) : null;
  if (form.startsAt && !startsAt) checks.fail('startsAt', 'Enter a date and time');
  const endsAt = form.endsAt ? fromLocalDateTimeInput(form.endsAt) : null;
  if (form.endsAt && !endsAt) checks.fail('endsAt', 'Enter a date and time');
  if (startsAt && endsAt && startsAt >= endsAt) checks.fail('endsAt', 'The end must be after the start');

  const usageLimit = checks.whole('usageLimit', form.usageLimit, 1, USAGE_MAX, false);
  const perCustomerLimit = checks.whole('perCustomerLimit', form.perCustomerLimit, 1, USAGE_MAX, false);
  if (usageLimit !== null && perCustomerLimit !== null && perCustomerLimit > usageLimit)
    checks.fail('perCustomerLimit', 'Cannot be above the total usage limit');

  const priorityText = form.priority.trim() || '0';
  const priority = Number(priorityText);
  if (!SIGNED_WHOLE.test(priorityText) || Math.abs(priority) > PROMOTION_LIMITS.priority)
    checks.fail(
      'priority',
      `A whole number from -${PROMOTION_LIMITS.priority} to ${PROMOTION_LIMITS.priority}`,
    );

  const conditions = conditionInputs(form, checks);

  if (form.actions.length === 0) checks.fail('actions', 'Add at least one action');
  if (form.actions.length > PROMOTION_LIMITS.actions)
    checks.fail('actions', `At most ${PROMOTION_LIMITS.actions} actions`);
  const actions = form.actions.map((action, index) => actionInput(action, index, currency, checks));

  if (Object.keys(checks.errors).length > 0) return { ok: false, errors: checks.errors };
  return {
    ok: true,
    value: {
      name,
      code: code ? code.toUpperCase() : null,
      currency,
      conditions,
      actions: actions.filter((action): action is PromotionActionInput => action !== null),
      startsAt,
      endsAt,
      usageLimit,
      perCustomerLimit,
      stackable: form.stackable,
      priority,
    },
  };
}

/**
 * The form field a userError of the API names (`["input", "actions", "0", "orderPercentOff", "percent"]` →
 * `actions.0.percent`), or null when it names none the form shows.
 */
export function formFieldOfUserError(field: readonly string[] | null | undefined): string | null {
  if (!field) return null;
  const path = field[0] === 'input' ? field.slice(1) : [...field];
  const [head, index, , leaf] = path;
  if (!head) return null;
  if (head === 'actions' && index !== undefined && /^\d+$/.test(index)) {
    if (!leaf) return `actions.${index}`;
    if (leaf === 'amountPerUnit') return `actions.${index}.amount`;
    return `actions.${index}.${leaf}`;
  }
  if (head === 'conditions') return null;
  return head;
}
