import { customerAfterClaim, publishEvent } from '@msa/events';
import { claimedOrders } from '../data/claimed-order.repo';
import { windowProblem } from '../domain/eligibility';
import { parseRedemptionRequest, type RedemptionRequest } from '../domain/redemption-request';
import { removeRedeemedCoupons } from '../data/cart-coupon.repo';
import { DUPLICATE_MESSAGE, inTransactionOnce, type PromotionsDb, type PromotionsTx } from '../data/database';
import { isPromotionId, toPromotionRecord } from '../data/promotion.repo';
import {
  claimCustomerUse,
  claimPromotionUse,
  findOrderOutcome,
  insertRedemptions,
  lockOrder,
  recordOrderOutcome,
  type OrderOutcomeRow,
} from '../data/redemption.repo';
import type { MessageOptions } from './message-options';

export interface RedemptionFailure {
  code: string;
  message: string;
}

export type RedeemOutcome =
  | { kind: 'redeemed' }
  | ({ kind: 'failed' } & RedemptionFailure)
  | { kind: 'duplicate' };

function label(line: RedemptionRequest['redemptions'][number]): string {
  return line.code ? `The code ${line.code}` : 'An offer in your cart';
}

/** Why a promotion could not be claimed: gone, off, outside its window, or out of uses. */
async function diagnose(
  tx: PromotionsTx,
  line: RedemptionRequest['redemptions'][number],
  now: Date,
): Promise<RedemptionFailure> {
  const row = await tx.promotion.findUnique({ where: { id: line.promotionId } });
  if (!row) return { code: 'COUPON_NOT_FOUND', message: `${label(line)} no longer exists.` };
  const problem = windowProblem(toPromotionRecord(row), now);
  if (problem) return { code: problem.code, message: `${label(line)}: ${problem.message}` };
  return { code: 'USAGE_LIMIT_REACHED', message: `${label(line)} has been used as many times as it can be.` };
}

/**
 * Claims one use of every promotion of the order, or none: each claim is a conditional UPDATE (see
 * redemption.repo), all inside a savepoint that a single refusal rolls back.
 */
async function claimAll(
  tx: PromotionsTx,
  request: RedemptionRequest,
  now: Date,
): Promise<RedemptionFailure | null> {
  await tx.$executeRawUnsafe('SAVEPOINT redeem_promotions');
  let failure: RedemptionFailure | null = null;
  for (const line of request.redemptions) {
    if (!isPromotionId(line.promotionId)) {
      failure = { code: 'COUPON_NOT_FOUND', message: `${label(line)} no longer exists.` };
      break;
    }
    const claimed = await claimPromotionUse(tx, line.promotionId, now);
    if (!claimed) {
      failure = await diagnose(tx, line, now);
      break;
    }
    if (!(await claimCustomerUse(tx, line.promotionId, request.customerId, claimed.perCustomerLimit))) {
      failure = {
        code: 'CUSTOMER_USAGE_LIMIT_REACHED',
        message: `${label(line)}: you have already used this offer.`,
      };
      break;
    }
  }
  await tx.$executeRawUnsafe(
    failure ? 'ROLLBACK TO SAVEPOINT redeem_promotions' : 'RELEASE SAVEPOINT redeem_promotions',
  );
  return failure;
}

/** Answers a repeated command for an order with the outcome it already had. */
async function replay(tx: PromotionsTx, orderId: string, previous: OrderOutcomeRow): Promise<RedeemOutcome> {
  if (previous.status === 'REDEEMED') {
    await publishEvent(tx, 'promotions.redeemed', { orderId });
    return { kind: 'redeemed' };
  }
  const failure =
    previous.status === 'FAILED'
      ? {
          code: previous.failureCode ?? 'REDEMPTION_FAILED',
          message: previous.failureMessage ?? 'The redemption failed.',
        }
      : { code: 'REDEMPTION_RELEASED', message: "This order's promotions were already released." };
  await publishEvent(tx, 'promotions.redemption_failed', { orderId, ...failure });
  return { kind: 'failed', ...failure };
}

/**
 * promotions.redeem (the checkout saga's step): takes one use of each promotion the order's discounts came
 * from, against the global usage limit and the customer's own, all or nothing, and answers
 * promotions.redeemed or promotions.redemption_failed. Idempotent per order: a repeated command (or one
 * arriving after the order was already compensated) gets the order's recorded outcome again.
 */
export async function redeemPromotions(
  db: PromotionsDb,
  payload: unknown,
  options: MessageOptions = {},
): Promise<RedeemOutcome> {
  const parsed = parseRedemptionRequest(payload);
  const { orderId } = parsed;
  const now = options.now ?? new Date();
  const outcome = await inTransactionOnce(db, options.messageId, async (tx): Promise<RedeemOutcome> => {
    await lockOrder(tx, orderId);
    const previous = await findOrderOutcome(tx, orderId);
    if (previous) return replay(tx, orderId, previous);
    // A guest order claimed before this step ran: its uses count for the customer who claimed it.
    const customerId = await customerAfterClaim(claimedOrders, tx, orderId, parsed.customerId);
    const request = { ...parsed, customerId };

    const order = {
      orderId,
      customerId,
      orderTotal: request.orderTotal ?? null,
      currency: request.currency ?? null,
    };
    const failure = await claimAll(tx, request, now);
    if (failure) {
      await recordOrderOutcome(tx, {
        ...order,
        status: 'FAILED',
        failureCode: failure.code,
        failureMessage: failure.message,
      });
      await publishEvent(tx, 'promotions.redemption_failed', { orderId, ...failure });
      return { kind: 'failed', ...failure };
    }
    await recordOrderOutcome(tx, { ...order, status: 'REDEEMED' });
    await insertRedemptions(tx, orderId, customerId, request.redemptions);
    const codes = request.redemptions.flatMap((line) => (line.code ? [line.code.toUpperCase()] : []));
    await removeRedeemedCoupons(tx, customerId, codes);
    await publishEvent(tx, 'promotions.redeemed', { orderId });
    return { kind: 'redeemed' };
  });
  return outcome === DUPLICATE_MESSAGE ? { kind: 'duplicate' } : outcome;
}
