/**
 * How much a return pays back. The rule, in minor units:
 *
 * 1. The order's discounts are spread over its lines in proportion to each line's value (largest remainder,
 *    ties to the earlier line), so the shares add up to the discount total exactly. Promotions report
 *    discounts per order, not per line, so value is the fairest key.
 * 2. What the customer paid for a line is its total less its share, plus its share of the tax frozen at
 *    checkout (src/domain/tax.ts): a return pays the tax on the returned units back.
 * 3. Returning units of a line refunds the difference of the cumulative amounts floor(paid × units ÷
 *    quantity) before and after the return: partial returns round down, and all returns of a line together
 *    refund exactly what was paid for it, never a cent more.
 * 4. Shipping (and any tax on it) is not refunded: the parcel did travel.
 *
 * BigInt keeps the products exact (two 31-bit amounts multiplied exceed 2^53).
 */
export interface PricedLine {
  id: string;
  quantity: number;
  lineTotal: number;
  /** The line's share of the order's tax; 0 when absent. */
  taxAmount?: number;
}

/** Each line's share of `discountTotal`, by line id. */
export function discountShares(lines: readonly PricedLine[], discountTotal: number): Map<string, number> {
  const subtotal = lines.reduce((sum, line) => sum + BigInt(line.lineTotal), 0n);
  const shares = new Map<string, number>();
  if (subtotal === 0n || discountTotal === 0) {
    for (const line of lines) shares.set(line.id, 0);
    return shares;
  }
  const total = BigInt(discountTotal);
  const exact = lines.map((line, index) => {
    const scaled = total * BigInt(line.lineTotal);
    return { id: line.id, index, floor: scaled / subtotal, remainder: scaled % subtotal };
  });
  let left = total - exact.reduce((sum, share) => sum + share.floor, 0n);
  const byRemainder = [...exact].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (left === 0n) break;
    share.floor += 1n;
    left -= 1n;
  }
  for (const share of exact) shares.set(share.id, Number(share.floor));
  return shares;
}

/** What was paid for each line (its total less its discount share, plus its tax share), by line id. */
export function paidPerLine(lines: readonly PricedLine[], discountTotal: number): Map<string, number> {
  const shares = discountShares(lines, discountTotal);
  return new Map(
    lines.map((line) => [line.id, line.lineTotal - (shares.get(line.id) ?? 0) + (line.taxAmount ?? 0)]),
  );
}

/** The refund for `quantity` more units of a line of which `alreadyReturned` units were returned before. */
export function unitsRefund(
  paid: number,
  lineQuantity: number,
  alreadyReturned: number,
  quantity: number,
): number {
  const cumulative = (units: number) => (BigInt(paid) * BigInt(units)) / BigInt(lineQuantity);
  return Number(cumulative(alreadyReturned + quantity) - cumulative(alreadyReturned));
}
