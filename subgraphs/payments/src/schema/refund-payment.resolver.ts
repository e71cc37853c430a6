import { randomUUID } from 'node:crypto';
import { badUserInput, notFound, requireAdmin, UserError, userError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { isUuid } from '../data/database';
import { refundPayment } from '../services/refund-payment';
import { toPaymentView, toRefundView, type PaymentView, type RefundView } from '../services/payment-views';
import type { PaymentsContext } from './context';
import { Payment } from './payment.type';
import { Refund } from './refund.type';

const MAX_REASON_LENGTH = 500;

@ObjectType('RefundPaymentPayload', { description: 'Result of refundPayment.' })
class RefundPaymentPayload {
  @Field(() => Payment, {
    nullable: true,
    description: 'The payment after the refund (or as it is, when refused).',
  })
  payment!: PaymentView | null;

  @Field(() => Refund, {
    nullable: true,
    description:
      'The refund recorded: SUCCEEDED, or FAILED when the provider refused it; null when refused here.',
  })
  refund!: RefundView | null;

  @Field(() => [UserError], {
    description:
      'INVALID_AMOUNT, PAYMENT_NOT_CAPTURED, REFUND_EXCEEDS_CAPTURED (more than is left to refund), REFUND_DECLINED or PROVIDER_UNAVAILABLE.',
  })
  userErrors!: UserError[];
}

function validReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_REASON_LENGTH) {
    throw badUserInput(`The reason must be 1 to ${MAX_REASON_LENGTH} characters`, ['reason']);
  }
  return trimmed;
}

@Resolver()
export class RefundPaymentResolver {
  @Mutation(() => RefundPaymentPayload, {
    description:
      'Administrators: pays back part or all of a captured payment. The refunds of a payment never add up to more than was captured.',
  })
  async refundPayment(
    @Arg('paymentId', () => ID, { description: 'The payment to refund.' }) paymentId: string,
    @Arg('amount', () => Int, { description: 'Amount to pay back in minor units (cents); positive.' })
    amount: number,
    @Arg('reason', () => String, {
      description: 'Why, in a few words (1-500 characters); kept with the refund.',
    })
    reason: string,
    @Ctx() ctx: PaymentsContext,
  ): Promise<RefundPaymentPayload> {
    const admin = requireAdmin(ctx);
    const why = validReason(reason);
    if (!isUuid(paymentId)) throw notFound('Payment');
    const outcome = await refundPayment(
      ctx.deps,
      {
        target: { paymentId },
        refundId: randomUUID(),
        amount,
        reason: why,
        returnId: null,
        source: 'ADMIN',
        actorId: admin.userId,
      },
      { whenProviderUnavailable: 'fail', publishFailures: false },
    );
    switch (outcome.kind) {
      case 'no-payment':
        throw notFound('Payment');
      case 'duplicate':
        throw new Error('A mutation carries no message id, so it cannot be a duplicate delivery');
      case 'refused':
        return {
          payment: toPaymentView(outcome.payment),
          refund: null,
          userErrors: [
            userError(
              outcome.code,
              outcome.message,
              outcome.code === 'INVALID_AMOUNT' ? ['amount'] : undefined,
            ),
          ],
        };
      case 'declined': {
        const code = outcome.code === 'PROVIDER_UNAVAILABLE' ? 'PROVIDER_UNAVAILABLE' : 'REFUND_DECLINED';
        return {
          payment: toPaymentView(outcome.payment),
          refund: toRefundView(outcome.refund, outcome.payment.currency),
          userErrors: [userError(code, outcome.message)],
        };
      }
      case 'refunded':
        return {
          payment: toPaymentView(outcome.payment),
          refund: toRefundView(outcome.refund, outcome.payment.currency),
          userErrors: [],
        };
    }
  }
}
