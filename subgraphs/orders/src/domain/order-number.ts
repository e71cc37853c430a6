/** Orders are numbered from a database sequence and shown with a prefix: 100042 → "MSA-100042". */
export const ORDER_NUMBER_PREFIX = 'MSA-';

export function formatOrderNumber(sequence: number): string {
  return `${ORDER_NUMBER_PREFIX}${sequence}`;
}
