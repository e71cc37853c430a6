import { createHash } from 'node:crypto';

/**
 * A UUID derived from a business key. Outbox rows and refunds get these ids, so answering the same
 * command twice writes the same row twice, which the database ignores, instead of publishing a second
 * payment.captured or refunding twice.
 */
export function stableId(...parts: string[]): string {
  const bytes = Buffer.from(createHash('sha256').update(parts.join('\u0000')).digest().subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
