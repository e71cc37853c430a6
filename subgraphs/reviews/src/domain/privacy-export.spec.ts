import { describe, expect, it } from 'vitest';
import { reviewsExportPart } from './privacy-export';

const at = new Date('2026-12-01T10:00:00.000Z');

describe('reviewsExportPart', () => {
  it('lists the reviews written, whatever their status, and the helpful votes cast', () => {
    const part = reviewsExportPart(
      [
        {
          id: 'r1',
          productId: 'p1',
          rating: 4,
          title: 'Good',
          body: 'Fits well',
          qualityRating: 5,
          valueRating: null,
          deliveryRating: 3,
          status: 'PENDING',
          verifiedPurchase: true,
          helpfulCount: 2,
          createdAt: at,
          updatedAt: at,
        },
      ],
      [{ reviewId: 'r9', createdAt: at }],
    );
    expect(part).toEqual({
      reviews: [
        {
          id: 'r1',
          productId: 'p1',
          rating: 4,
          title: 'Good',
          body: 'Fits well',
          dimensions: { quality: 5, value: null, delivery: 3 },
          status: 'PENDING',
          verifiedPurchase: true,
          helpfulCount: 2,
          createdAt: at.toISOString(),
          updatedAt: at.toISOString(),
        },
      ],
      helpfulVotes: [{ reviewId: 'r9', at: at.toISOString() }],
    });
  });
});
