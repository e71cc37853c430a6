const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Postgres rejects a malformed uuid with an error; a caller asking for one by such an id simply finds nothing,
 * so ids are checked before they reach a query.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
