/** The cart's part of a customer's data export: the saved cart and the guest carts merged into it. */
export function cartExportPart(
  cart: {
    id: string;
    createdAt: Date;
    updatedAt: Date;
    lines: readonly {
      variantId: string;
      quantity: number;
      addedUnitPrice: number;
      addedCurrency: string;
      addedAt: Date;
    }[];
  } | null,
  merges: readonly { guestCartId: string; mergedAt: Date }[],
): unknown {
  return {
    cart: cart
      ? {
          id: cart.id,
          createdAt: cart.createdAt.toISOString(),
          updatedAt: cart.updatedAt.toISOString(),
          lines: cart.lines.map((line) => ({
            variantId: line.variantId,
            quantity: line.quantity,
            unitPriceWhenAdded: line.addedUnitPrice,
            currency: line.addedCurrency,
            addedAt: line.addedAt.toISOString(),
          })),
        }
      : null,
    mergedGuestCarts: merges.map((m) => ({ guestCartId: m.guestCartId, mergedAt: m.mergedAt.toISOString() })),
  };
}
