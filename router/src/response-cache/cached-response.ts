/**
 * A cached response as stored in Redis: the catalog generation it was answered in, when it was stored, and its
 * `data` as JSON, in one string (`<generation> <storedAt> <json>`), so a hit is sent without parsing the JSON.
 */
export interface CachedResponse {
  generation: string;
  /** When it was stored (ms since epoch): a hit tells its age. */
  storedAt: number;
  dataJson: string;
}

export function writeCachedResponse(entry: CachedResponse): string {
  return `${entry.generation} ${entry.storedAt} ${entry.dataJson}`;
}

/** The entry a stored string holds, or undefined when it is not one (written by another version, say). */
export function readCachedResponse(stored: string): CachedResponse | undefined {
  const first = stored.indexOf(' ');
  const second = first < 0 ? -1 : stored.indexOf(' ', first + 1);
  if (second < 0) return undefined;
  const storedAt = Number(stored.slice(first + 1, second));
  const dataJson = stored.slice(second + 1);
  if (!Number.isFinite(storedAt) || !dataJson.startsWith('{')) return undefined;
  return { generation: stored.slice(0, first), storedAt, dataJson };
}
