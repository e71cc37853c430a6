import { publishEvent } from '@msa/events';
import { parseUnredeemRequest } from '../domain/redemption-request';
import { DUPLICATE_MESSAGE, inTransactionOnce, type PromotionsDb } from '../data/database';
import {
  findHeldRedemptions,
  findOrderOutcome,
  lockOrder,
  markOrderReleased,
  markReleased,
  releasePromotionUse,
} from '../data/redemption.repo';
import type { MessageOptions } from './message-options';

export type UnredeemOutcome = { kind: 'unredeemed'; released: number } | { kind: 'duplicate' };

/**
 * promotions.unredeem (compensation): gives back every use the order holds and answers promotions.unredeemed,
 * also when there was nothing to give back. An order compensated before its redeem command arrived is
 * recorded as released, so that late command cannot take uses any more.
 */
export async function unredeemPromotions(
  db: PromotionsDb,
  payload: unknown,
  options: MessageOptions = {},
): Promise<UnredeemOutcome> {
  const { orderId } = parseUnredeemRequest(payload);
  const now = options.now ?? new Date();
  const outcome = await inTransactionOnce(db, options.messageId, async (tx): Promise<UnredeemOutcome> => {
    await lockOrder(tx, orderId);
    const previous = await findOrderOutcome(tx, orderId);
    let released = 0;
    if (!previous) {
      await markOrderReleased(tx, orderId);
    } else if (previous.status === 'REDEEMED') {
      const held = await findHeldRedemptions(tx, orderId);
      for (const redemption of held)
        await releasePromotionUse(tx, redemption.promotionId, redemption.customerId);
      await markReleased(
        tx,
        held.map((redemption) => redemption.id),
        now,
      );
      await markOrderReleased(tx, orderId);
      released = held.length;
    }
    await publishEvent(tx, 'promotions.unredeemed', { orderId });
    return { kind: 'unredeemed', released };
  });
  return outcome === DUPLICATE_MESSAGE ? { kind: 'duplicate' } : outcome;
}
