/** The reviews part of a customer's data export: the reviews they wrote and the reviews they found helpful. */
export function reviewsExportPart(
  reviews: readonly {
    id: string;
    productId: string;
    rating: number;
    title: string | null;
    body: string | null;
    qualityRating: number | null;
    valueRating: number | null;
    deliveryRating: number | null;
    status: string;
    verifiedPurchase: boolean;
    helpfulCount: number;
    createdAt: Date;
    updatedAt: Date;
  }[],
  votes: readonly { reviewId: string; createdAt: Date }[],
): unknown {
  return {
    reviews: reviews.map((r) => ({
      id: r.id,
      productId: r.productId,
      rating: r.rating,
      title: r.title,
      body: r.body,
      dimensions: { quality: r.qualityRating, value: r.valueRating, delivery: r.deliveryRating },
      status: r.status,
      verifiedPurchase: r.verifiedPurchase,
      helpfulCount: r.helpfulCount,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    })),
    helpfulVotes: votes.map((v) => ({ reviewId: v.reviewId, at: v.createdAt.toISOString() })),
  };
}
