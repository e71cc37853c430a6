import { describe, expect, it } from 'vitest';
import { searchExportPart } from './privacy-export';

const at = new Date('2026-12-01T10:00:00.000Z');

describe('searchExportPart', () => {
  it('lists searches with their clicks, product views and the purchases behind recommendations', () => {
    expect(
      searchExportPart({
        searches: [
          { query: 'red shoes', resultCount: 3, createdAt: at, clicks: [{ productId: 'p1', clickedAt: at }] },
        ],
        views: [{ productId: 'p2', views: 4, lastViewedAt: at }],
        purchases: [{ orderId: 'o1', productIds: ['p1', 'p3'], placedAt: at }],
      }),
    ).toEqual({
      searches: [{ query: 'red shoes', resultCount: 3, at: at.toISOString(), clickedProductIds: ['p1'] }],
      productViews: [{ productId: 'p2', views: 4, lastViewedAt: at.toISOString() }],
      purchasesUsedForRecommendations: [
        { orderId: 'o1', productIds: ['p1', 'p3'], placedAt: at.toISOString() },
      ],
    });
  });
});
