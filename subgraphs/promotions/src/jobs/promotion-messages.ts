import { failPermanentlyOn, type CommandHandlers, type EventHandlers } from '@msa/events';
import { InvalidRedemptionRequestError } from '../domain/redemption-request';
import type { PromotionsDb } from '../data/database';
import { claimOrder } from '../services/claim-order';
import { trackOrderStatus, trackProduct, trackVariant } from '../services/read-models';
import { redeemPromotions } from '../services/redeem-promotions';
import { unredeemPromotions } from '../services/unredeem-promotions';

/** A malformed command fails the same way on every retry: straight to the dead letters. */
const failPermanentlyWhenMalformed = failPermanentlyOn(InvalidRedemptionRequestError);

/** Handlers of the commands.promotions queue (the checkout saga's redeem step and its compensation). */
export function promotionCommandHandlers(db: PromotionsDb): CommandHandlers {
  return {
    'promotions.redeem': (command) =>
      failPermanentlyWhenMalformed(() => redeemPromotions(db, command.payload, { messageId: command.id })),
    'promotions.unredeem': (command) =>
      failPermanentlyWhenMalformed(() => unredeemPromotions(db, command.payload, { messageId: command.id })),
  };
}

/**
 * Handlers of the events.promotions queue. product.changed only arrives once the catalog lists promotions
 * among its subscribers; until then products' categories stay unknown and category rules match nothing.
 */
export function promotionEventHandlers(db: PromotionsDb): EventHandlers {
  return {
    'product.variant.changed': (event) => trackVariant(db, event),
    'product.changed': (event) => trackProduct(db, event),
    'order.status_changed': (event) => trackOrderStatus(db, event),
    'order.claimed': (event) => claimOrder(db, event),
  };
}
