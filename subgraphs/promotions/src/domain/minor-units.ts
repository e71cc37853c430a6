/**
 * Money arithmetic in whole minor units.
 *
 * Rounding rule: a percentage of an amount is rounded DOWN to a whole minor unit (floor), so a discount never
 * exceeds the percentage it advertises. A percentage over several lines is taken once of their sum (not per
 * line, which would lose up to a cent per line) and then allocated back to the lines by `allocate`.
 */

export const BASIS_POINTS_PER_WHOLE = 10_000;

/** `basisPoints` / 10 000 of `amount`, rounded down. Exact for every amount an order can hold (< 2^31). */
export function percentOf(amount: number, basisPoints: number): number {
  return Math.floor((amount * basisPoints) / BASIS_POINTS_PER_WHOLE);
}

/** The smaller of an amount and an optional cap. */
export function capped(amount: number, cap: number | null): number {
  return cap === null ? amount : Math.min(amount, cap);
}

/**
 * Splits `amount` across parts in proportion to `weights` (largest-remainder method): the shares sum to
 * `amount` exactly, no share exceeds its weight when amount ≤ Σ weights, and leftover units go to the largest
 * fractional remainders first, earlier parts winning ties, so the split is deterministic.
 */
export function allocate(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (amount <= 0 || total <= 0) return weights.map(() => 0);
  // BigInt keeps amount × weight exact beyond 2^53.
  const [big, bigTotal] = [BigInt(amount), BigInt(total)];
  const parts = weights.map((weight, index) => {
    const scaled = big * BigInt(weight);
    return { index, share: Number(scaled / bigTotal), remainder: scaled % bigTotal };
  });
  let leftover = amount - parts.reduce((sum, part) => sum + part.share, 0);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const part of byRemainder) {
    if (leftover <= 0) break;
    part.share += 1;
    leftover -= 1;
  }
  return parts.map((part) => part.share);
}
