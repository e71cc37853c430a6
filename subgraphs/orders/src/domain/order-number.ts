/** Orders are numbered from a database sequence and shown with a prefix: 100042 → "MSA-100042". */
export const ORDER_NUMBER_PREFIX = 'MSA-';

export function formatOrderNumber(sequence: number): string {
  return `${ORDER_NUMBER_PREFIX}${sequence}`;
}

/** The sequence of "MSA-100042" or "100042" (case and surrounding blanks ignored); null for anything else. */
export function parseOrderNumber(text: string): number | null {
  const match = /^(?:MSA-)?(\d{1,9})$/i.exec(text.trim());
  return match ? Number(match[1]) : null;
}
