import { Money, money } from '@msa/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { paymentById, refundableOf, refundsOf } from '../services/payment-queries';
import type { PaymentView, RefundView } from '../services/payment-views';
import { queryScope, type PaymentsContext } from './context';
import { Order } from './order.type';
import { Payment } from './payment.type';
import { Refund } from './refund.type';

@Resolver(() => Payment)
export class PaymentResolver {
  @FieldResolver(() => [Refund], {
    description: 'Refunds of this payment, oldest first, failed ones included.',
  })
  refunds(@Root() payment: PaymentView, @Ctx() ctx: PaymentsContext): Promise<RefundView[]> {
    return refundsOf(queryScope(ctx), payment);
  }

  @FieldResolver(() => Money, {
    description: 'What can still be refunded: the captured amount less refunds done or in progress.',
  })
  async refundableAmount(@Root() payment: PaymentView, @Ctx() ctx: PaymentsContext): Promise<Money> {
    return money(await refundableOf(queryScope(ctx), payment), payment.currency);
  }

  @FieldResolver(() => Order, { description: 'The order this payment pays for.' })
  order(@Root() payment: PaymentView): Order {
    return { id: payment.orderId };
  }
}

/** `_entities` for Payment: batched, and null for anyone but the paying customer and staff. */
export function resolvePaymentReference(
  reference: { id: string },
  ctx: PaymentsContext,
): Promise<PaymentView | null> {
  return paymentById(queryScope(ctx), reference.id);
}
