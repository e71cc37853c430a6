import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { paymentOfOrder } from '../services/payment-queries';
import type { PaymentView } from '../services/payment-views';
import { queryScope, type PaymentsContext } from './context';
import { Order } from './order.type';
import { Payment } from './payment.type';

@Resolver(() => Order)
export class OrderPaymentResolver {
  /**
   * Null rather than FORBIDDEN for other callers: the field sits inside order pages fetched through the
   * router, and orders already decides who may see the order itself (and tells, through the required
   * field, when a guest opened it with its access token).
   */
  @FieldResolver(() => Payment, {
    nullable: true,
    description:
      'The order’s payment; for its customer, a guest holding the order’s access token, and staff. Null before checkout reached payment.',
  })
  @Directive('@requires(fields: "openedWithAccessToken")')
  payment(@Root() order: Order, @Ctx() ctx: PaymentsContext): Promise<PaymentView | null> {
    return paymentOfOrder(queryScope(ctx), order.id, order.openedWithAccessToken === true);
  }
}
