import { ID } from 'type-graphql';
import { z } from 'zod';
import { isInCategories } from '../../domain/cart-facts';
import { explain } from '../../domain/explanations';
import { defineConditionKind } from '../condition-kind';
import { idList, mapCheck } from '../input-checks';

/** The cart holds a product of one of the listed categories (or of a subcategory). */
export interface CategoriesCondition {
  kind: 'CATEGORIES';
  categoryIds: string[];
}

export const categories = defineConditionKind({
  kind: 'CATEGORIES',
  description: 'The cart holds a product of one of the listed categories (or their subcategories).',
  stored: z.object({ kind: z.literal('CATEGORIES'), categoryIds: z.array(z.string().min(1)) }),
  input: {
    member: 'categoryIds',
    type: () => [ID],
    description: 'A product of one of these categories (or a subcategory) must be in the cart.',
    parse: (value: readonly string[]) =>
      mapCheck(
        idList(value, 'categoryIds'),
        (checked): CategoriesCondition => ({
          kind: 'CATEGORIES',
          categoryIds: checked,
        }),
      ),
    from: (condition: CategoriesCondition) => condition.categoryIds,
  },
  output: (condition) => ({ categoryIds: condition.categoryIds }),
  check(condition, { cart }) {
    if (cart.lines.some((line) => isInCategories(line, condition.categoryIds))) return null;
    return explain(
      'COUPON_NOT_APPLICABLE',
      'This offer is for categories that nothing in your cart belongs to.',
    );
  },
});
