import { lineTotal, matchesTarget, type CartFacts } from './cart-facts';
import { allocate, capped } from './minor-units';

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

export const nothing = (cart: CartFacts): ActionResult => ({
  amount: 0,
  lineShares: cart.lines.map(() => 0),
  freeShipping: false,
});

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Amounts per line for the matching lines, zero elsewhere, never more than a line has left. */
export function onMatchingLines(
  cart: CartFacts,
  state: StackState,
  target: Parameters<typeof matchesTarget>[1],
  amountFor: (index: number) => number,
): number[] {
  return cart.lines.map((line, index) =>
    matchesTarget(line, target) ? Math.min(state.lineRemaining[index]!, Math.max(0, amountFor(index))) : 0,
  );
}

export function lineResult(cart: CartFacts, shares: number[], cap: number | null): ActionResult {
  const uncapped = sum(shares);
  const amount = capped(uncapped, cap);
  const lineShares = amount === uncapped ? shares : allocate(amount, shares);
  return amount === 0 ? nothing(cart) : { amount, lineShares, freeShipping: false };
}
