import type { Money } from '@msa/subgraph-kit';
import type { Field } from 'type-graphql';
import type { z } from 'zod';
import type { CartFacts, CustomerFacts } from '../domain/cart-facts';
import type { Explanation } from '../domain/explanations';
import type { Check } from './input-checks';

/** A member's GraphQL type, as type-graphql's Field takes it (`() => Int`, `() => [ID]`). */
type GraphQLTypeOf = NonNullable<Parameters<typeof Field>[0]>;

export interface ConditionContext {
  cart: CartFacts;
  customer: CustomerFacts;
  /** The promotion's currency, in which its amounts are written. */
  currency: string;
}

/** The members of the PromotionCondition output type; each kind sets its own, the others stay empty. */
export interface ConditionFields {
  minSubtotal: Money | null;
  minQuantity: number | null;
  productIds: string[];
  categoryIds: string[];
}

/** A fresh set of empty members (each object gets its own lists). */
export const emptyConditionFields = (): ConditionFields => ({
  minSubtotal: null,
  minQuantity: null,
  productIds: [],
  categoryIds: [],
});

/**
 * Everything about one kind of condition, in one place: its stored shape, the member of
 * PromotionConditionInput that sets it, how it shows in PromotionCondition, and `check`, which answers null
 * when it holds or why it does not. Registered in registry.ts.
 */
export interface ConditionKind<C extends { kind: string }, M extends string, I> {
  readonly kind: C['kind'];
  /** The PromotionConditionKind value's description. */
  readonly description: string;
  /** The stored JSON shape; anything else read back is corrupt. */
  readonly stored: z.ZodType<C>;
  readonly input: {
    /** The one-of member of PromotionConditionInput, its GraphQL type and description. */
    readonly member: M;
    readonly type: GraphQLTypeOf;
    readonly description: string;
    /** The admin's value checked and turned into the stored condition. */
    parse(value: I): Check<C>;
    /** Back from the stored condition to the member's value, so an update can re-validate the whole. */
    from(condition: C): I;
  };
  output(condition: C, currency: string): Partial<ConditionFields>;
  check(condition: C, context: ConditionContext): Explanation | null;
}

export function defineConditionKind<C extends { kind: string }, const M extends string, I>(
  kind: ConditionKind<C, M, I>,
): ConditionKind<C, M, I> {
  return kind;
}
