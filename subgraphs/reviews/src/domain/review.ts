/** Where a review is in moderation. Only PUBLISHED reviews are shown publicly and counted in ratings. */
export const REVIEW_STATUSES = ['PENDING', 'PUBLISHED', 'REJECTED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const MIN_RATING = 1;
export const MAX_RATING = 5;

/** Optional star ratings of single aspects of the purchase, each 1-5 when given. */
export interface ReviewDimensions {
  quality: number | null;
  value: number | null;
  delivery: number | null;
}

/** What the author wrote, validated and normalised (trimmed, blanks as null). */
export interface ReviewContent {
  rating: number;
  title: string | null;
  body: string | null;
  dimensions: ReviewDimensions;
}

/** A stored review as the service works with it. */
export interface ReviewRecord extends ReviewContent {
  id: string;
  productId: string;
  authorId: string;
  status: ReviewStatus;
  verifiedPurchase: boolean;
  helpfulCount: number;
  /** Codes of the automatic moderation rules that held the review (src/domain/moderation.ts). */
  moderationReasons: string[];
  moderationNote: string | null;
  moderatedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An expected business failure: becomes a userError in the mutation payload. */
export interface ReviewViolation {
  code: string;
  message: string;
  field: string[];
}
