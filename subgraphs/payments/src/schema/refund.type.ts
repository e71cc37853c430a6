import { Money } from '@msa/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import type { RefundStatus as RefundStatusName } from '../domain/refund-ledger';
import { RefundStatus } from './payment-status.enum';

@ObjectType('Refund', {
  description: 'Money paid back from a captured payment; one entry of its refund ledger.',
})
export class Refund {
  @Field(() => ID, { description: 'Opaque refund id.' })
  id!: string;

  @Field(() => Money, { description: 'How much is paid back.' })
  amount!: Money;

  @Field(() => String, { description: 'Why, as given by whoever asked for it.' })
  reason!: string;

  @Field(() => RefundStatus, { description: 'Whether it went through.' })
  status!: RefundStatusName;

  @Field(() => ID, { nullable: true, description: 'The return this refund pays back, if it came from one.' })
  returnId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the provider refused it, when it failed.' })
  failureReason!: string | null;

  @Field(() => Date, { description: 'When it was asked for.' })
  createdAt!: Date;
}
