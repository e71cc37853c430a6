/** A position in a list sorted newest first, ties broken by id (orders, returns). */
export interface KeysetCursor {
  createdAt: string;
  id: string;
}

/** The rows after `after` in (createdAt desc, id desc) order; no condition for the first page. */
export function afterKeyset(after: KeysetCursor | null) {
  if (!after) return {};
  const createdAt = new Date(after.createdAt);
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: after.id } }] };
}
