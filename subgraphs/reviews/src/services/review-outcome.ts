import { userError, type UserError } from '@msa/subgraph-kit';
import type { ReviewRecord, ReviewViolation } from '../domain/review';
import { ReviewErrorCode } from '../domain/review-error-codes';

/** What a review mutation returns: the review as it now is, or why nothing changed. */
export interface ReviewOutcome {
  review: ReviewRecord | null;
  userErrors: UserError[];
}

export function succeeded(review: ReviewRecord): ReviewOutcome {
  return { review, userErrors: [] };
}

export function failed(...violations: ReviewViolation[]): ReviewOutcome {
  return { review: null, userErrors: violations.map((v) => userError(v.code, v.message, v.field)) };
}

export function reviewNotFound(id: string, field = ['id']): ReviewViolation {
  return { code: ReviewErrorCode.REVIEW_NOT_FOUND, message: `Review ${id} does not exist`, field };
}
