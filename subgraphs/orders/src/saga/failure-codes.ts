/**
 * Failure codes other services report become the order's cancellationReason and a userError code, so they
 * must look like codes. Anything else (a free-text reason, an empty code) is replaced by our fallback.
 */
const CODE = /^[A-Z][A-Z0-9_]{1,49}$/;

export function failureCode(reported: string | null | undefined, fallback: string): string {
  return reported && CODE.test(reported) ? reported : fallback;
}
