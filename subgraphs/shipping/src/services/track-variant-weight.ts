import type { DomainEvent } from '@msa/events';
import { inTransactionOnce, type ShippingDb } from '../data/database';
import { applyVariantWeight } from '../data/variant-weight.repo';

/** product.variant.changed: keeps the variant's weight for pricing parcels. */
export async function trackVariantWeight(
  db: ShippingDb,
  event: DomainEvent<'product.variant.changed'>,
): Promise<void> {
  await inTransactionOnce(db, event.id, (tx) =>
    applyVariantWeight(tx, {
      variantId: event.payload.variantId,
      weightGrams: event.payload.weightGrams,
      changedAt: new Date(event.occurredAt),
    }),
  );
}
