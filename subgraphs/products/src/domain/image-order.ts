/** A reorder request must name every image of the product exactly once, so no image silently loses its place. */
export function isCompleteOrdering(currentIds: readonly string[], requestedIds: readonly string[]): boolean {
  if (currentIds.length !== requestedIds.length) return false;
  const requested = new Set(requestedIds);
  return requested.size === requestedIds.length && currentIds.every((id) => requested.has(id));
}
