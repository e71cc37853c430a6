import type { EventHandlers } from '@msa/events';
import type { InventoryDb } from '../data/database';
import { trackVariant } from '../services/track-variant';

/** Handlers of the events.inventory queue. */
export function inventoryEventHandlers(db: InventoryDb): EventHandlers {
  return {
    'product.variant.changed': async (event) => {
      await trackVariant(db, event.payload.variantId, { messageId: event.id });
    },
  };
}
