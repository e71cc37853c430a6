import type { z } from 'zod';
import { buyXGetY } from './actions/buy-x-get-y';
import { freeShipping } from './actions/free-shipping';
import { linesAmountOff } from './actions/lines-amount-off';
import { linesPercentOff } from './actions/lines-percent-off';
import { orderAmountOff } from './actions/order-amount-off';
import { orderPercentOff } from './actions/order-percent-off';
import { categories } from './conditions/categories';
import { firstOrder } from './conditions/first-order';
import { minQuantity } from './conditions/min-quantity';
import { minSubtotal } from './conditions/min-subtotal';
import { products } from './conditions/products';

/**
 * Every kind of condition and action, in the order GraphQL lists them (enum values, one-of input members).
 * A new kind is one file in conditions/ or actions/ and one line here.
 */
export const CONDITION_KIND_LIST = [minSubtotal, minQuantity, products, categories, firstOrder] as const;
export const ACTION_KIND_LIST = [
  orderPercentOff,
  orderAmountOff,
  linesPercentOff,
  linesAmountOff,
  freeShipping,
  buyXGetY,
] as const;

type ConditionKinds = (typeof CONDITION_KIND_LIST)[number];
type ActionKinds = (typeof ACTION_KIND_LIST)[number];
type StoredOf<K> = K extends { readonly stored: z.ZodType<infer R> } ? R : never;
type InputOf<K> = K extends { readonly input: { parse(value: infer I): unknown } } ? I : never;

/** A condition as it is stored and evaluated. */
export type Condition = StoredOf<ConditionKinds>;
/** An action as it is stored and applied. */
export type Action = StoredOf<ActionKinds>;

/**
 * Conditions and actions as admins send them: GraphQL has no input unions, so each entry is an object with
 * exactly one member set (one-of), named after the kind it describes.
 */
export type ConditionInput = {
  [K in ConditionKinds as K['input']['member']]?: InputOf<K> | null;
};
export type ActionInput = { [K in ActionKinds as K['input']['member']]?: InputOf<K> | null };

function lookup<K extends { readonly kind: string; readonly input: { readonly member: string } }>(
  list: readonly K[],
) {
  const byKind = new Map(list.map((kind) => [kind.kind as string, kind]));
  const byMember = new Map(list.map((kind) => [kind.input.member as string, kind]));
  return {
    /** The kind of a rule; a kind missing from the registry is a bug. */
    of(rule: { kind: string }): K {
      const kind = byKind.get(rule.kind);
      if (!kind) throw new Error(`No promotion kind ${rule.kind} is registered`);
      return kind;
    },
    named: (name: string): K | undefined => byKind.get(name),
    byMember: (member: string): K | undefined => byMember.get(member),
    members: list.map((kind) => kind.input.member as string),
  };
}

export const conditionKinds = lookup<ConditionKinds>(CONDITION_KIND_LIST);
export const actionKinds = lookup<ActionKinds>(ACTION_KIND_LIST);
