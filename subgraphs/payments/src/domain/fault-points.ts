/**
 * Crash points for deterministic crash tests: where the payments process may be made to die on purpose
 * (FAULT_INJECT, refused in production). Each names the moment right after an effect outside this service's
 * database happened and before it was recorded, the window a real crash is most expensive in.
 */
export const FAULT_POINTS = [
  /** The provider authorized the card; the payment row still says PENDING and nothing was replied. */
  'payments.after-authorize',
] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];

/** Reads a comma-separated FAULT_INJECT value; throws on an unknown point so a typo never passes silently. */
export function parseFaultPoints(value: string | undefined): FaultPoint[] {
  if (!value?.trim()) return [];
  return value.split(',').map((part) => {
    const point = part.trim();
    if (!(FAULT_POINTS as readonly string[]).includes(point))
      throw new Error(`unknown fault point "${point}"; known: ${FAULT_POINTS.join(', ')}`);
    return point as FaultPoint;
  });
}
