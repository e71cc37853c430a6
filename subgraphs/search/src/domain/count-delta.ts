/**
 * The index keeps, per word (the vocabulary) and per category (for autocomplete), the number of searchable
 * documents using it. Replacing a document moves the counts of the keys it lost and gained; a key whose count
 * reaches zero is dropped.
 */
export interface DocumentKeysChange {
  /** Keys counted for the document before the change; empty when it was not searchable. */
  before: readonly string[];
  /** Keys to count after it; empty when it leaves the index. */
  after: readonly string[];
}

/** Net change of each key's document count, keys in sorted order (so concurrent writers lock rows alike). */
export function countDelta(changes: readonly DocumentKeysChange[]): [string, number][] {
  const delta = new Map<string, number>();
  for (const change of changes) {
    const before = new Set(change.before);
    const after = new Set(change.after);
    for (const key of before) if (!after.has(key)) delta.set(key, (delta.get(key) ?? 0) - 1);
    for (const key of after) if (!before.has(key)) delta.set(key, (delta.get(key) ?? 0) + 1);
  }
  return [...delta].filter(([, count]) => count !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
