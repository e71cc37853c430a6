import { ConnectionType } from '@msa/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StockMovementReason } from '../__generated__/prisma/enums';
import { ProductVariant } from './product-variant.type';
import { User } from './user.type';

registerEnumType(StockMovementReason, {
  name: 'StockMovementReason',
  description: 'Why stock moved.',
  valuesConfig: {
    ADJUSTMENT: { description: 'An administrator changed the units on the shelf.' },
    RESERVATION: { description: 'Units were held for an order.' },
    RELEASE: { description: 'An order let go of its held units (cancelled or failed checkout).' },
    EXPIRY: { description: 'An order held units past its deadline and they were released.' },
    COMMIT: { description: 'A confirmed order took its held units off the shelf.' },
    RESTOCK: {
      description: 'Units of a confirmed order came back (cancellation after confirmation, return).',
    },
  },
});

@ObjectType('StockMovement', {
  description: "One entry of the stock ledger: a change of one variant's stock and why.",
})
export class StockMovement {
  @Field(() => ID, { description: 'Movement id.' })
  id!: string;

  @Field(() => ID, { description: 'Id of the variant whose stock moved.' })
  variantId!: string;

  @Field(() => ProductVariant, { description: 'The variant whose stock moved.' })
  variant!: ProductVariant;

  @Field(() => StockMovementReason, { description: 'Why the stock moved.' })
  reason!: StockMovementReason;

  @Field(() => Int, { description: 'Change of the units on hand.' })
  onHandDelta!: number;

  @Field(() => Int, { description: 'Change of the reserved units.' })
  reservedDelta!: number;

  @Field(() => Int, { description: 'Units on hand right after this movement.' })
  onHandAfter!: number;

  @Field(() => Int, { description: 'Reserved units right after this movement.' })
  reservedAfter!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Free-text explanation, e.g. the reason an administrator gave.',
  })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'What caused the movement, e.g. the order id.' })
  reference!: string | null;

  @Field(() => User, {
    nullable: true,
    description: 'The administrator who made the change; null for order-driven movements.',
  })
  actor!: User | null;

  @Field(() => Date, { description: 'When the movement happened.' })
  createdAt!: Date;
}

export const StockMovementConnection = ConnectionType(
  StockMovement,
  'StockMovement',
  'A page of stock movements, newest first.',
);
