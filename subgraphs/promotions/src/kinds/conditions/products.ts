import { ID } from 'type-graphql';
import { z } from 'zod';
import { isInProducts } from '../../domain/cart-facts';
import { explain } from '../../domain/explanations';
import { defineConditionKind } from '../condition-kind';
import { idList, mapCheck } from '../input-checks';

/** The cart holds one of the listed products. */
export interface ProductsCondition {
  kind: 'PRODUCTS';
  productIds: string[];
}

export const products = defineConditionKind({
  kind: 'PRODUCTS',
  description: 'The cart holds one of the listed products.',
  stored: z.object({ kind: z.literal('PRODUCTS'), productIds: z.array(z.string().min(1)) }),
  input: {
    member: 'productIds',
    type: () => [ID],
    description: 'One of these products must be in the cart.',
    parse: (value: readonly string[]) =>
      mapCheck(
        idList(value, 'productIds'),
        (checked): ProductsCondition => ({
          kind: 'PRODUCTS',
          productIds: checked,
        }),
      ),
    from: (condition: ProductsCondition) => condition.productIds,
  },
  output: (condition) => ({ productIds: condition.productIds }),
  check(condition, { cart }) {
    if (cart.lines.some((line) => isInProducts(line, condition.productIds))) return null;
    return explain('COUPON_NOT_APPLICABLE', 'This offer is for products that are not in your cart.');
  },
});
