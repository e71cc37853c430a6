import { randomUUID } from 'node:crypto';
import { badUserInput, notFound, requireAdmin, UserError, userError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { isUuid } from '../data/database';
import { stableId } from '../domain/stable-id';
import { refundPayment } from '../services/refund-payment';
import { toPaymentView, toRefundView, type PaymentView, type RefundView } from '../services/payment-views';
import type { PaymentsContext } from './context';
import { Payment } from './payment.type';
import { Refund } from './refund.type';

const MAX_REASON_LENGTH = 500;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,200}$/;

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
      'INVALID_AMOUNT, PAYMENT_NOT_CAPTURED, REFUND_EXCEEDS_CAPTURED (more than is left to refund), REFUND_DECLINED, PROVIDER_UNAVAILABLE, INVALID_IDEMPOTENCY_KEY or IDEMPOTENCY_KEY_REUSED (the key was used for a refund of another amount).',
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
      'Administrators: pays back part or all of a captured payment. The refunds of a payment never add up to more than was captured. With an idempotencyKey, submitting the same request again refunds once and answers the same refund.',
  })
  async refundPayment(
    @Arg('paymentId', () => ID, { description: 'The payment to refund.' }) paymentId: string,
    @Arg('amount', () => Int, { description: 'Amount to pay back in minor units (cents); positive.' })
    amount: number,
    @Arg('reason', () => String, {
      description: 'Why, in a few words (1-500 characters); kept with the refund.',
    })
    reason: string,
    @Arg('idempotencyKey', () => String, {
      nullable: true,
      description:
        'Chosen by the client per refund (e.g. a UUID; 1-200 letters, digits, . _ : -). The same key with the same amount refunds once and returns the same refund; with another amount it is IDEMPOTENCY_KEY_REUSED. Recommended: without it every submit is a new refund.',
    })
    idempotencyKey: string | null | undefined,
    @Ctx() ctx: PaymentsContext,
  ): Promise<RefundPaymentPayload> {
    const admin = requireAdmin(ctx);
    const why = validReason(reason);
    if (!isUuid(paymentId)) throw notFound('Payment');
    if (idempotencyKey != null && !IDEMPOTENCY_KEY.test(idempotencyKey))
      return {
        payment: null,
        refund: null,
        userErrors: [
          userError(
            'INVALID_IDEMPOTENCY_KEY',
            'The idempotency key must be 1 to 200 letters, digits or . _ : -',
            ['idempotencyKey'],
          ),
        ],
      };
    const outcome = await refundPayment(
      ctx.deps,
      {
        target: { paymentId },
        // A key names the refund: the same key for the same payment always means the same refund row.
        refundId: idempotencyKey ? stableId('admin-refund', paymentId, idempotencyKey) : randomUUID(),
        amount,
        reason: why,
        returnId: null,
        source: 'ADMIN',
        actorId: admin.userId,
        keyed: idempotencyKey != null,
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
              outcome.code === 'INVALID_AMOUNT'
                ? ['amount']
                : outcome.code === 'IDEMPOTENCY_KEY_REUSED'
                  ? ['idempotencyKey']
                  : undefined,
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
