import { ConnectionType } from '@msa/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ProductVariant } from './product-variant.type';

@ObjectType('StockLevel', { description: 'Stock of one product variant.' })
export class StockLevel {
  @Field(() => ID, { description: 'Id of the variant this stock belongs to.' })
  variantId!: string;

  @Field(() => ProductVariant, { description: 'The variant this stock belongs to.' })
  variant!: ProductVariant;

  @Field(() => Int, { description: 'Units physically on the shelf, including units reserved for orders.' })
  onHand!: number;

  @Field(() => Int, { description: 'Units held for orders that are not yet confirmed or shipped.' })
  reserved!: number;

  @Field(() => Int, { description: 'Units that can still be sold: onHand minus reserved; never below zero.' })
  available!: number;

  @Field(() => Int, {
    description: 'At or below this many available units the variant counts as low on stock.',
  })
  lowStockThreshold!: number;

  @Field(() => Boolean, { description: 'True when available is at or below the low-stock threshold.' })
  lowStock!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When the stock last changed; null when none was ever recorded.',
  })
  updatedAt!: Date | null;
}

export const StockLevelConnection = ConnectionType(StockLevel, 'StockLevel', 'A page of stock levels.');
