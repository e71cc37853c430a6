import type { EventHandlers } from '@msa/events';
import type { ShippingDb } from '../data/database';
import { trackVariantWeight } from '../services/track-variant-weight';

/** Handlers of the events.shipping queue. */
export function shippingEventHandlers(db: ShippingDb): EventHandlers {
  return {
    'product.variant.changed': (event) => trackVariantWeight(db, event),
  };
}
