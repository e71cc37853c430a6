import { Money } from '@msa/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { PaymentStatus as PaymentStatusName } from '../domain/payment-status';
import { PaymentStatus } from './payment-status.enum';

@Directive('@key(fields: "id")')
@ObjectType('Payment', {
  description:
    'The card payment of an order: authorized at checkout, captured on confirmation, voided or refunded.',
})
export class Payment {
  @Field(() => ID, { description: 'Opaque payment id.' })
  id!: string;

  @Field(() => PaymentStatus, { description: 'Where the payment is in its life.' })
  status!: PaymentStatusName;

  @Field(() => Money, { description: 'The amount authorized on the card.' })
  amount!: Money;

  @Field(() => String, { description: 'How it was paid, e.g. "card •••• 4242 (visa)".' })
  method!: string;

  @Field(() => Money, { description: 'How much was taken from the card; zero until captured.' })
  capturedAmount!: Money;

  @Field(() => Money, { description: 'How much has been paid back so far.' })
  refundedAmount!: Money;

  @Field(() => String, {
    nullable: true,
    description: 'Why the payment failed, e.g. CARD_DECLINED or INSUFFICIENT_FUNDS; null unless FAILED.',
  })
  failureCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The provider’s explanation of the failure.' })
  failureReason!: string | null;

  @Field(() => Date, { description: 'When the payment was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;
}
