import { z } from 'zod';
import { defineActionKind } from '../action-kind';
import { onlyTrue } from '../input-checks';

/** Shipping is free. */
export interface FreeShippingAction {
  kind: 'FREE_SHIPPING';
}

export const freeShipping = defineActionKind({
  kind: 'FREE_SHIPPING',
  description: 'Shipping is free.',
  stored: z.object({ kind: z.literal('FREE_SHIPPING') }),
  phase: 'ORDER',
  input: {
    member: 'freeShipping',
    type: () => Boolean,
    description: 'True: free shipping.',
    parse: (value: boolean) =>
      onlyTrue<FreeShippingAction>(value, 'freeShipping', { kind: 'FREE_SHIPPING' }, 'action'),
    from: () => true,
  },
  output: () => ({}),
  apply() {
    return { amount: 0, lineShares: null, freeShipping: true };
  },
});
