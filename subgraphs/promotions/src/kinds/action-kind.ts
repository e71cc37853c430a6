import { money, type Money } from '@msa/subgraph-kit';
import type { Field } from 'type-graphql';
import type { z } from 'zod';
import type { CartFacts } from '../domain/cart-facts';
import type { ActionResult, StackState } from '../domain/stack-state';
import type { Check } from './input-checks';

/** A member's GraphQL type, as type-graphql's Field takes it (`() => Int`, `() => [ID]`). */
type GraphQLTypeOf = NonNullable<Parameters<typeof Field>[0]>;

/** The members of the PromotionAction output type; each kind sets its own, the others stay empty. */
export interface ActionFields {
  percent: number | null;
  amount: Money | null;
  maxAmount: Money | null;
  productIds: string[];
  categoryIds: string[];
  buyQuantity: number | null;
  getQuantity: number | null;
  maxApplications: number | null;
}

/** A fresh set of empty members (each object gets its own lists). */
export const emptyActionFields = (): ActionFields => ({
  percent: null,
  amount: null,
  maxAmount: null,
  productIds: [],
  categoryIds: [],
  buyQuantity: null,
  getQuantity: null,
  maxApplications: null,
});

/**
 * Everything about one kind of action, in one place: its stored shape, the member of PromotionActionInput
 * that sets it, how it shows in PromotionAction, its phase and `apply`. Line actions run before order
 * actions in any stack (see promotion-engine), so an order percentage is taken of what the line discounts
 * left. Registered in registry.ts.
 */
export interface ActionKind<A extends { kind: string }, M extends string, I> {
  readonly kind: A['kind'];
  /** The PromotionActionKind value's description. */
  readonly description: string;
  /** The stored JSON shape; anything else read back is corrupt. */
  readonly stored: z.ZodType<A>;
  readonly phase: 'LINES' | 'ORDER';
  readonly input: {
    /** The one-of member of PromotionActionInput, its GraphQL type and description. */
    readonly member: M;
    readonly type: GraphQLTypeOf;
    readonly description: string;
    /** The admin's value checked and turned into the stored action. */
    parse(value: I): Check<A>;
    /** Back from the stored action to the member's value, so an update can re-validate the whole. */
    from(action: A): I;
  };
  output(action: A, currency: string): Partial<ActionFields>;
  apply(action: A, cart: CartFacts, state: StackState): ActionResult;
}

export function defineActionKind<A extends { kind: string }, const M extends string, I>(
  kind: ActionKind<A, M, I>,
): ActionKind<A, M, I> {
  return kind;
}

/** An optional amount (a cap) as PromotionAction shows it. */
export function moneyOrNull(value: number | null, currency: string): Money | null {
  return value === null ? null : money(value, currency);
}
