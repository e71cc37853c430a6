import { lineTotal, matchesTarget, type CartFacts } from './cart-facts';
import { allocate, capped, percentOf } from './minor-units';
import type { Action, ActionKind } from './promotion-rules';

/**
 * What is still left to discount while a stack of promotions is applied: per line (line actions take from
 * these) and for the order as a whole (order actions take from the subtotal minus everything taken so far).
 */
export interface StackState {
  lineRemaining: number[];
  orderDiscount: number;
}

export function initialState(cart: CartFacts): StackState {
  return { lineRemaining: cart.lines.map(lineTotal), orderDiscount: 0 };
}

export function lineDiscountTotal(cart: CartFacts, state: StackState): number {
  return cart.lines.reduce((sum, line, index) => sum + lineTotal(line) - state.lineRemaining[index]!, 0);
}

export function orderRemaining(cart: CartFacts, state: StackState): number {
  return Math.max(0, cart.subtotal - lineDiscountTotal(cart, state) - state.orderDiscount);
}

export interface ActionResult {
  amount: number;
  /** For line actions: the amount split per cart line (same order as cart.lines). */
  lineShares: number[] | null;
  freeShipping: boolean;
}

/**
 * One kind of action. Line actions run before order actions in any stack (see promotion-engine), so an
 * order percentage is taken of what the line discounts left.
 */
export interface ActionStrategy<K extends ActionKind> {
  phase: 'LINES' | 'ORDER';
  apply(action: Extract<Action, { kind: K }>, cart: CartFacts, state: StackState): ActionResult;
}

const nothing = (cart: CartFacts): ActionResult => ({
  amount: 0,
  lineShares: cart.lines.map(() => 0),
  freeShipping: false,
});

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Amounts per line for the matching lines, zero elsewhere, never more than a line has left. */
function onMatchingLines(
  cart: CartFacts,
  state: StackState,
  target: Parameters<typeof matchesTarget>[1],
  amountFor: (index: number) => number,
): number[] {
  return cart.lines.map((line, index) =>
    matchesTarget(line, target) ? Math.min(state.lineRemaining[index]!, Math.max(0, amountFor(index))) : 0,
  );
}

function lineResult(cart: CartFacts, shares: number[], cap: number | null): ActionResult {
  const uncapped = sum(shares);
  const amount = capped(uncapped, cap);
  const lineShares = amount === uncapped ? shares : allocate(amount, shares);
  return amount === 0 ? nothing(cart) : { amount, lineShares, freeShipping: false };
}

const orderPercentOff: ActionStrategy<'ORDER_PERCENT_OFF'> = {
  phase: 'ORDER',
  apply(action, cart, state) {
    const amount = capped(percentOf(orderRemaining(cart, state), action.basisPoints), action.maxAmount);
    return { amount, lineShares: null, freeShipping: false };
  },
};

const orderAmountOff: ActionStrategy<'ORDER_AMOUNT_OFF'> = {
  phase: 'ORDER',
  apply(action, cart, state) {
    return {
      amount: Math.min(action.amount, orderRemaining(cart, state)),
      lineShares: null,
      freeShipping: false,
    };
  },
};

const linesPercentOff: ActionStrategy<'LINES_PERCENT_OFF'> = {
  phase: 'LINES',
  apply(action, cart, state) {
    const bases = onMatchingLines(cart, state, action.target, (index) => state.lineRemaining[index]!);
    // One percentage of the matching lines' sum, then split back: per-line rounding would lose cents.
    const amount = capped(percentOf(sum(bases), action.basisPoints), action.maxAmount);
    return amount === 0
      ? nothing(cart)
      : { amount, lineShares: allocate(amount, bases), freeShipping: false };
  },
};

const linesAmountOff: ActionStrategy<'LINES_AMOUNT_OFF'> = {
  phase: 'LINES',
  apply(action, cart, state) {
    const shares = onMatchingLines(
      cart,
      state,
      action.target,
      (index) => action.amountPerUnit * cart.lines[index]!.quantity,
    );
    return lineResult(cart, shares, action.maxAmount);
  },
};

const freeShipping: ActionStrategy<'FREE_SHIPPING'> = {
  phase: 'ORDER',
  apply() {
    return { amount: 0, lineShares: null, freeShipping: true };
  },
};

/**
 * Buy X get Y: the matching units are ranked by price, most expensive first; each complete group of X + Y
 * units makes Y units discounted, and the discounted units are the cheapest ones (the usual shop rule: the
 * customer pays for the dearer items). `maxApplications` caps the number of groups.
 */
const buyXGetY: ActionStrategy<'BUY_X_GET_Y'> = {
  phase: 'LINES',
  apply(action, cart, state) {
    const units = cart.lines.flatMap((line, index) =>
      matchesTarget(line, action.target)
        ? Array.from({ length: line.quantity }, () => ({ index, price: line.unitPrice }))
        : [],
    );
    units.sort((a, b) => b.price - a.price || a.index - b.index);
    const groups = capped(
      Math.floor(units.length / (action.buyQuantity + action.getQuantity)),
      action.maxApplications,
    );
    const discounted = units.slice(units.length - groups * action.getQuantity);
    const perLine = cart.lines.map(() => 0);
    for (const unit of discounted) perLine[unit.index]! += percentOf(unit.price, action.basisPoints);
    const shares = perLine.map((amount, index) => Math.min(amount, state.lineRemaining[index]!));
    return lineResult(cart, shares, action.maxAmount);
  },
};

export const ACTION_STRATEGIES: { [K in ActionKind]: ActionStrategy<K> } = {
  ORDER_PERCENT_OFF: orderPercentOff,
  ORDER_AMOUNT_OFF: orderAmountOff,
  LINES_PERCENT_OFF: linesPercentOff,
  LINES_AMOUNT_OFF: linesAmountOff,
  FREE_SHIPPING: freeShipping,
  BUY_X_GET_Y: buyXGetY,
};

export function phaseOf(action: Action): 'LINES' | 'ORDER' {
  return ACTION_STRATEGIES[action.kind].phase;
}

/** Applies one action, updating `state` with what it took, and returns what it gave. */
export function applyAction(action: Action, cart: CartFacts, state: StackState): ActionResult {
  const strategy = ACTION_STRATEGIES[action.kind] as ActionStrategy<typeof action.kind>;
  const result = strategy.apply(action, cart, state);
  if (result.lineShares) {
    result.lineShares.forEach((share, index) => {
      state.lineRemaining[index]! -= share;
    });
  } else {
    state.orderDiscount += result.amount;
  }
  return result;
}
