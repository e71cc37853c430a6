import type { ReviewsTx } from './database';

/** Records the vote; false when this user had already voted for the review (the primary key decides). */
export async function addHelpfulVote(tx: ReviewsTx, reviewId: string, userId: string): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO "review_helpful_votes" ("review_id", "user_id") VALUES (${reviewId}::uuid, ${userId})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}
