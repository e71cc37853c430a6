const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a uuid (any version), e.g. before treating a reference as an order id. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
