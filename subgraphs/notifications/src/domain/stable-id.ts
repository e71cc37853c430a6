import { createHash } from 'node:crypto';

/**
 * A UUID derived from its parts (name-based, like UUID v5 but with SHA-256): handling the same event twice
 * yields the same notification and delivery ids, so a redelivered event cannot send anything twice.
 */
export function stableId(...parts: readonly string[]): string {
  const bytes = createHash('sha256').update(parts.join('\u0000')).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
