import { Money, UserError } from '@msa/subgraph-kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ReturnStatus as ReturnStatusName } from '../domain/return-status';
import { ProductVariantRef } from './entity-stubs';
import { ReturnStatus } from './return-status.enum';

@ObjectType('ReturnLine', { description: 'Units of one order line sent back.' })
export class ReturnLine {
  @Field(() => ID, { description: 'The order line (OrderLine.id) the units come from.' })
  orderLineId!: string;

  @Field(() => ProductVariantRef, { description: 'The variant returned.' })
  variant!: ProductVariantRef;

  @Field(() => Int, { description: 'Units returned.' })
  quantity!: number;

  @Field(() => Money, {
    description: 'What these units refund: their share of what was paid, after discounts.',
  })
  refundAmount!: Money;
}

@ObjectType('Return', { description: 'A customer’s return of units of a delivered order.' })
export class Return {
  @Field(() => ID, { description: 'Return id.' })
  id!: string;

  /** Resolved by ReturnResolver.order. */
  orderId!: string;

  @Field(() => ReturnStatus, { description: 'Where the return is.' })
  status!: ReturnStatusName;

  @Field(() => [ReturnLine], { description: 'What is sent back.' })
  lines!: ReturnLine[];

  @Field(() => String, { description: 'Why, in the customer’s words.' })
  reason!: string;

  @Field(() => Money, {
    description:
      'What the return refunds, fixed when requested: the returned units’ share of what was paid (shipping is not refunded).',
  })
  refundAmount!: Money;

  @Field(() => String, { nullable: true, description: 'Why the refund failed, when it did.' })
  failureReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why an administrator rejected the return (status REJECTED); null otherwise.',
  })
  rejectionReason!: string | null;

  @Field(() => Date, { description: 'When it was requested.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When an administrator approved it.' })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the items arrived.' })
  receivedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was refunded or closed.' })
  settledAt!: Date | null;
}

@InputType('ReturnLineInput', { description: 'Units of one order line to send back.' })
export class ReturnLineInput {
  @Field(() => ID, { description: 'The order line (OrderLine.id).' })
  orderLineId!: string;

  @Field(() => Int, { description: 'How many units, at least 1.' })
  quantity!: number;
}

@ObjectType('ReturnPayload', { description: 'Result of a return mutation.' })
export class ReturnPayload {
  @Field(() => Return, { nullable: true, description: 'The return, as it is now.' })
  return!: Return | null;

  @Field(() => [UserError], {
    description:
      'ORDER_NOT_DELIVERED, RETURN_WINDOW_CLOSED, UNKNOWN_ORDER_LINE, INVALID_RETURN_QUANTITY (requestReturn); RETURN_NOT_REQUESTED (approveReturn); RETURN_NOT_APPROVED (receiveReturn).',
  })
  userErrors!: UserError[];
}

@InputType('ReturnsFilter', { description: 'Narrows the admin list of returns.' })
export class ReturnsFilter {
  @Field(() => ReturnStatus, { nullable: true, description: 'Only returns in this status.' })
  status?: ReturnStatusName | null;
}
