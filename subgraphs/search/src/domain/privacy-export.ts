/** The search part of a customer's data export: what they searched and clicked, viewed and bought. */
export function searchExportPart(rows: {
  searches: readonly {
    query: string;
    resultCount: number;
    createdAt: Date;
    clicks: readonly { productId: string; clickedAt: Date }[];
  }[];
  views: readonly { productId: string; views: number; lastViewedAt: Date }[];
  purchases: readonly { orderId: string; productIds: readonly string[]; placedAt: Date }[];
}): unknown {
  return {
    searches: rows.searches.map((s) => ({
      query: s.query,
      resultCount: s.resultCount,
      at: s.createdAt.toISOString(),
      clickedProductIds: s.clicks.map((c) => c.productId),
    })),
    productViews: rows.views.map((v) => ({
      productId: v.productId,
      views: v.views,
      lastViewedAt: v.lastViewedAt.toISOString(),
    })),
    purchasesUsedForRecommendations: rows.purchases.map((p) => ({
      orderId: p.orderId,
      productIds: [...p.productIds],
      placedAt: p.placedAt.toISOString(),
    })),
  };
}
