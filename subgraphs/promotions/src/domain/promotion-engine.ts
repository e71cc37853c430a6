import { applyAction, initialState, phaseOf } from './actions';
import type { CartFacts, CustomerFacts } from './cart-facts';
import { firstUnmetCondition } from './conditions';
import { eligibilityProblem } from './eligibility';
import { explain, type Explanation } from './explanations';
import type { PromotionRule } from './promotion-rules';

/**
 * The rules engine: which promotions apply to a cart and for how much.
 *
 * 1. Candidates are the automatic promotions (no code) plus those the cart's coupon codes name.
 * 2. Each candidate is checked on its own: switched on, inside its date window, uses left (overall and for
 *    this customer), the cart's currency, every condition, and that it takes something off (or ships free).
 * 3. The valid ones form the options: each exclusive promotion alone, and all stackable ones together.
 *    Within a stack, promotions apply in priority order (higher first, then id), line actions of all of them
 *    before any order action, each on what the previous ones left.
 * 4. The customer gets the option that saves the most; on a tie, free shipping wins, then the option with
 *    the higher top priority, then the lower promotion id (so the choice is deterministic).
 */
export interface EngineInput {
  cart: CartFacts;
  customer: CustomerFacts;
  /** Automatic promotions to consider and the promotions the cart's codes name (by upper-cased code). */
  promotions: readonly PromotionRule[];
  /** Upper-cased codes entered on the cart, in the order they were entered. */
  codes: readonly string[];
  now: Date;
}

export interface AppliedDiscount {
  promotionId: string;
  code: string | null;
  label: string;
  amount: number;
  freeShipping: boolean;
}

export interface CouponOutcome {
  code: string;
  promotionId: string | null;
  applied: boolean;
  problem: Explanation | null;
}

export interface EngineResult {
  discounts: AppliedDiscount[];
  discountTotal: number;
  /** Subtotal minus discounts; shipping is added at checkout. */
  total: number;
  freeShipping: boolean;
  coupons: CouponOutcome[];
}

interface StackEntry {
  promotion: PromotionRule;
  amount: number;
  freeShipping: boolean;
}

interface StackOutcome {
  entries: StackEntry[];
  total: number;
  freeShipping: boolean;
}

function byApplicationOrder(a: PromotionRule, b: PromotionRule): number {
  return b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function gives(entry: { amount: number; freeShipping: boolean }): boolean {
  return entry.amount > 0 || entry.freeShipping;
}

/** Applies promotions together: line actions of all, then order actions of all, in priority order. */
export function applyStack(cart: CartFacts, promotions: readonly PromotionRule[]): StackOutcome {
  const ordered = [...promotions].sort(byApplicationOrder);
  const state = initialState(cart);
  const entries = ordered.map((promotion) => ({ promotion, amount: 0, freeShipping: false }));
  for (const phase of ['LINES', 'ORDER'] as const) {
    for (const entry of entries) {
      for (const action of entry.promotion.actions) {
        if (phaseOf(action) !== phase) continue;
        const result = applyAction(action, cart, state);
        entry.amount += result.amount;
        entry.freeShipping ||= result.freeShipping;
      }
    }
  }
  return {
    entries,
    total: entries.reduce((sum, entry) => sum + entry.amount, 0),
    freeShipping: entries.some((entry) => entry.freeShipping),
  };
}

/** Why this promotion cannot apply to this cart on its own, or null when it can. */
export function promotionProblem(
  promotion: PromotionRule,
  input: Pick<EngineInput, 'cart' | 'customer' | 'now'>,
): Explanation | null {
  const { cart, customer, now } = input;
  const problem =
    eligibilityProblem(promotion, cart, customer, now) ??
    firstUnmetCondition(promotion.conditions, { cart, customer, currency: promotion.currency });
  if (problem) return problem;
  if (cart.lines.length === 0) return explain('COUPON_NOT_APPLICABLE', 'Your cart is empty.');
  const alone = applyStack(cart, [promotion]);
  if (!gives({ amount: alone.total, freeShipping: alone.freeShipping }))
    return explain('COUPON_NOT_APPLICABLE', 'Nothing in your cart qualifies for this offer.');
  return null;
}

function isBetter(candidate: StackOutcome, best: StackOutcome): boolean {
  if (candidate.total !== best.total) return candidate.total > best.total;
  if (candidate.freeShipping !== best.freeShipping) return candidate.freeShipping;
  const top = (outcome: StackOutcome) => outcome.entries[0]!.promotion;
  const order = byApplicationOrder(top(candidate), top(best));
  return order < 0;
}

/** The best option among each exclusive promotion alone and all stackable ones together. */
export function chooseBest(cart: CartFacts, valid: readonly PromotionRule[]): StackOutcome | null {
  const stackable = valid.filter((promotion) => promotion.stackable);
  const options = [
    ...valid.filter((promotion) => !promotion.stackable).map((promotion) => [promotion]),
    ...(stackable.length ? [stackable] : []),
  ];
  let best: StackOutcome | null = null;
  for (const option of options) {
    const outcome = applyStack(cart, option);
    if (!best || isBetter(outcome, best)) best = outcome;
  }
  return best;
}

function couponOutcome(
  code: string,
  promotion: PromotionRule | null,
  problems: ReadonlyMap<string, Explanation | null>,
  chosen: StackOutcome | null,
): CouponOutcome {
  if (!promotion)
    return {
      code,
      promotionId: null,
      applied: false,
      problem: explain('COUPON_NOT_FOUND', `No offer has the code ${code}.`),
    };
  const outcome = (problem: Explanation | null) => ({
    code,
    promotionId: promotion.id,
    applied: problem === null,
    problem,
  });
  const problem = problems.get(promotion.id);
  if (problem) return outcome(problem);
  const entry = chosen?.entries.find((candidate) => candidate.promotion.id === promotion.id);
  if (!entry) {
    const winners = (chosen?.entries ?? []).filter(gives).map((e) => `"${e.promotion.name}"`);
    return outcome(
      explain(
        'COUPON_NOT_COMBINABLE',
        `This code cannot be combined with ${winners.join(', ')}, which saves you more.`,
      ),
    );
  }
  if (!gives(entry)) {
    return outcome(
      explain('COUPON_NOT_APPLICABLE', 'Your other discounts already take off everything this code would.'),
    );
  }
  return outcome(null);
}

export function evaluatePromotions(input: EngineInput): EngineResult {
  const byCode = new Map(input.promotions.filter((p) => p.code !== null).map((p) => [p.code!, p]));
  const codes = [...new Set(input.codes)];
  const candidates = new Map<string, PromotionRule>();
  for (const promotion of input.promotions)
    if (promotion.code === null) candidates.set(promotion.id, promotion);
  for (const code of codes) {
    const promotion = byCode.get(code);
    if (promotion) candidates.set(promotion.id, promotion);
  }

  const problems = new Map(
    [...candidates.values()].map((promotion) => [promotion.id, promotionProblem(promotion, input)]),
  );
  const valid = [...candidates.values()].filter((promotion) => problems.get(promotion.id) === null);
  const chosen = chooseBest(input.cart, valid);

  const discounts = (chosen?.entries ?? []).filter(gives).map((entry) => ({
    promotionId: entry.promotion.id,
    code: entry.promotion.code,
    label: entry.promotion.name,
    amount: entry.amount,
    freeShipping: entry.freeShipping,
  }));
  const discountTotal = discounts.reduce((sum, discount) => sum + discount.amount, 0);
  return {
    discounts,
    discountTotal,
    total: Math.max(0, input.cart.subtotal - discountTotal),
    freeShipping: discounts.some((discount) => discount.freeShipping),
    coupons: codes.map((code) => couponOutcome(code, byCode.get(code) ?? null, problems, chosen)),
  };
}
