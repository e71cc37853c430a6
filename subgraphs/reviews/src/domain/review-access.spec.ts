import type { Identity } from '@msa/auth';
import { describe, expect, it } from 'vitest';
import { canSeeModeration, canSeeReview, canVote, canWriteReviews } from './review-access';
import type { ReviewStatus } from './review';

const customer: Identity = { userId: 'u1', role: 'CUSTOMER', kind: 'user' };
const stranger: Identity = { userId: 'u2', role: 'CUSTOMER', kind: 'user' };
const staff: Identity = { userId: 's1', role: 'STAFF', kind: 'user' };
const admin: Identity = { userId: 'a1', role: 'ADMIN', kind: 'user' };
const service: Identity = { userId: 'u1', role: 'SERVICE', kind: 'service', scopes: ['users:read'] };
const review = (status: ReviewStatus) => ({ status, authorId: 'u1' });

describe('review access', () => {
  it('shows published reviews to everyone and others only to the author and staff', () => {
    expect(canSeeReview(review('PUBLISHED'), null)).toBe(true);
    for (const status of ['PENDING', 'REJECTED'] as const) {
      expect(canSeeReview(review(status), null)).toBe(false);
      expect(canSeeReview(review(status), stranger)).toBe(false);
      expect(canSeeReview(review(status), customer)).toBe(true);
      expect(canSeeReview(review(status), staff)).toBe(true);
      expect(canSeeReview(review(status), admin)).toBe(true);
    }
  });

  it('shows moderation details to the author and staff only, even on published reviews', () => {
    expect(canSeeModeration(review('PUBLISHED'), null)).toBe(false);
    expect(canSeeModeration(review('PUBLISHED'), stranger)).toBe(false);
    expect(canSeeModeration(review('PENDING'), customer)).toBe(true);
    expect(canSeeModeration(review('PENDING'), staff)).toBe(true);
  });

  it('does not take a service identity with the same id for the author', () => {
    expect(canSeeModeration(review('PUBLISHED'), { ...service, role: 'CUSTOMER' })).toBe(false);
  });

  it('lets only customers write reviews and any signed-in person vote', () => {
    expect(canWriteReviews(customer)).toBe(true);
    expect(canWriteReviews(staff)).toBe(false);
    expect(canWriteReviews(admin)).toBe(false);
    expect(canWriteReviews({ ...service, role: 'CUSTOMER' })).toBe(false);
    expect(canVote(admin)).toBe(true);
    expect(canVote(service)).toBe(false);
  });
});
