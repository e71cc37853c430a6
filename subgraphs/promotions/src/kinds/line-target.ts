import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import type { LineTarget } from '../domain/promotion-rules';
import { idList, ok, type Check } from './input-checks';

/** How line actions store the lines they cover. */
export const storedTarget = z.object({
  productIds: z.array(z.string().min(1)),
  categoryIds: z.array(z.string().min(1)),
});

/** The lines a line action covers and its cap, as admins send them. */
export interface TargetInput {
  productIds?: readonly string[] | null;
  categoryIds?: readonly string[] | null;
}

/** The fields every line action input has; the line action inputs extend it. */
@InputType('PromotionLineActionInput', { description: 'Fields every line action input has.' })
export abstract class PromotionLineActionInput {
  @Field(() => [ID], { nullable: true, description: 'Products whose lines it covers.' })
  productIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Categories (and their subcategories) whose products it covers. Neither list: every line.',
  })
  categoryIds?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The most it takes off in all, in minor units; omit for no cap.',
  })
  maxAmount?: number | null;
}

export function checkTarget(input: TargetInput): Check<LineTarget> {
  const productIds = input.productIds?.length ? idList(input.productIds, 'productIds') : ok<string[]>([]);
  if (!productIds.ok) return productIds;
  const categoryIds = input.categoryIds?.length ? idList(input.categoryIds, 'categoryIds') : ok<string[]>([]);
  if (!categoryIds.ok) return categoryIds;
  return ok({ productIds: productIds.value, categoryIds: categoryIds.value });
}

/** The target as input members and as PromotionAction members (the same two lists). */
export function targetFields(target: LineTarget): { productIds: string[]; categoryIds: string[] } {
  return { productIds: target.productIds, categoryIds: target.categoryIds };
}
