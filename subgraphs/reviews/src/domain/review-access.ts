import { isStaffOrAdmin, type Identity } from '@msa/auth';
import type { ReviewStatus } from './review';

interface OwnedReview {
  status: ReviewStatus;
  authorId: string;
}

/** Published reviews are public; a held or rejected one is seen only by its author and staff. */
export function canSeeReview(review: OwnedReview, viewer: Identity | null): boolean {
  return review.status === 'PUBLISHED' || isAuthor(review, viewer) || isStaffOrAdmin(viewer);
}

/** Moderation details (reasons, note) are for the author and staff. */
export function canSeeModeration(review: OwnedReview, viewer: Identity | null): boolean {
  return isAuthor(review, viewer) || isStaffOrAdmin(viewer);
}

export function isAuthor(review: Pick<OwnedReview, 'authorId'>, viewer: Identity | null): boolean {
  return viewer !== null && viewer.kind === 'user' && viewer.userId === review.authorId;
}

/** Reviews are written by signed-in customers, never by staff accounts or internal services. */
export function canWriteReviews(viewer: Identity): boolean {
  return viewer.kind === 'user' && viewer.role === 'CUSTOMER';
}

/** Helpful votes come from people: any signed-in user, not an internal service. */
export function canVote(viewer: Identity): boolean {
  return viewer.kind === 'user';
}
