import { formatMoney } from '@msa/web-kit/money';

/** "Under $25", "$25 – $50", "$500 and above" for a price range `[min, max)` in minor units. */
export function priceRangeLabel(min: number, max: number | null, currency = 'USD'): string {
  const money = (amount: number) => formatMoney({ amount, currency }).replace(/\.00$/, '');
  if (max === null) return `${money(min)} and above`;
  if (min === 0) return `Under ${money(max)}`;
  return `${money(min)} – ${money(max)}`;
}

/** "4 stars & up", "1 star & up". */
export function ratingThresholdLabel(value: number): string {
  return `${value} ${value === 1 ? 'star' : 'stars'} & up`;
}

/** "1 result", "12 results". */
export function resultCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}
