/** The promotions part of a customer's data export: coupons entered and discounts received. */
export function promotionsExportPart(rows: {
  coupons: readonly { cartId: string; code: string; appliedAt: Date }[];
  redemptions: readonly {
    orderId: string;
    code: string | null;
    amount: number;
    redeemedAt: Date;
    releasedAt: Date | null;
    promotion: { name: string };
  }[];
}): unknown {
  return {
    couponsEntered: rows.coupons.map((c) => ({
      cartId: c.cartId,
      code: c.code,
      appliedAt: c.appliedAt.toISOString(),
    })),
    discountsReceived: rows.redemptions.map((r) => ({
      orderId: r.orderId,
      promotion: r.promotion.name,
      code: r.code,
      amount: r.amount,
      redeemedAt: r.redeemedAt.toISOString(),
      released: r.releasedAt !== null,
    })),
  };
}
