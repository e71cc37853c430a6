import { actionKinds, type Action } from '../kinds/registry';
import type { CartFacts } from './cart-facts';
import type { ActionResult, StackState } from './stack-state';

export { initialState, type ActionResult, type StackState } from './stack-state';

/** Line actions run before order actions in any stack (see promotion-engine). */
export function phaseOf(action: Action): 'LINES' | 'ORDER' {
  return actionKinds.of(action).phase;
}

/** Applies one action (its kind's `apply`, in src/kinds/actions/), updating `state` with what it took. */
export function applyAction(action: Action, cart: CartFacts, state: StackState): ActionResult {
  const result = actionKinds.of(action).apply(action as never, cart, state);
  if (result.lineShares) {
    result.lineShares.forEach((share, index) => {
      state.lineRemaining[index]! -= share;
    });
  } else {
    state.orderDiscount += result.amount;
  }
  return result;
}
