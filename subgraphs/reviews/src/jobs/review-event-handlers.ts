import type { EventHandlers } from '@msa/events';
import type { ReviewsDb } from '../data/database';
import {
  recordOrderClaimed,
  recordOrderPlaced,
  recordOrderStatus,
  recordVariant,
} from '../services/purchase-tracking.service';

/** Handlers of the events.reviews queue: the catalog's variants and customers' orders. */
export function reviewEventHandlers(db: ReviewsDb): EventHandlers {
  return {
    'product.variant.changed': (event) => recordVariant(db, event),
    'order.placed': (event) => recordOrderPlaced(db, event),
    'order.status_changed': (event) => recordOrderStatus(db, event),
    'order.claimed': (event) => recordOrderClaimed(db, event),
  };
}
