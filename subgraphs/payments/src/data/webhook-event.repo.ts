import type { PaymentsTx } from './database';

/**
 * Claims a provider event id. Two deliveries of one event racing each other serialize on the primary key:
 * the second waits for the first to commit and then finds it claimed. Returns false for an event seen before.
 */
export async function claimWebhookEvent(tx: PaymentsTx, id: string, type: string): Promise<boolean> {
  const { count } = await tx.webhookEvent.createMany({
    data: [{ id, type, applied: false }],
    skipDuplicates: true,
  });
  return count === 1;
}

export async function recordWebhookOutcome(
  tx: PaymentsTx,
  id: string,
  outcome: { paymentId: string; applied: boolean },
): Promise<void> {
  await tx.webhookEvent.update({ where: { id }, data: outcome });
}
