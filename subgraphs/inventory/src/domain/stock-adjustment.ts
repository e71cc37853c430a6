/** A single adjustment beyond this is almost certainly a typo (and keeps sums inside 32-bit columns). */
export const MAX_ADJUSTMENT = 1_000_000;
export const MAX_THRESHOLD = 1_000_000;
export const MAX_REASON_LENGTH = 500;
export const MAX_VARIANT_ID_LENGTH = 200;

export interface InputProblem {
  field: string;
  message: string;
}

function variantIdProblem(variantId: string): InputProblem | null {
  const trimmed = variantId.trim();
  if (trimmed === '') return { field: 'variantId', message: 'variantId must not be empty' };
  if (trimmed.length > MAX_VARIANT_ID_LENGTH) {
    return { field: 'variantId', message: `variantId must be at most ${MAX_VARIANT_ID_LENGTH} characters` };
  }
  return null;
}

/** Checks an admin adjustment's shape; whether the shelf allows it is decided against the locked row. */
export function adjustmentProblems(input: {
  variantId: string;
  delta: number;
  reason: string;
}): InputProblem[] {
  const problems: InputProblem[] = [];
  const variant = variantIdProblem(input.variantId);
  if (variant) problems.push(variant);
  if (!Number.isInteger(input.delta) || input.delta === 0 || Math.abs(input.delta) > MAX_ADJUSTMENT) {
    problems.push({
      field: 'delta',
      message: `delta must be a non-zero integer between -${MAX_ADJUSTMENT} and ${MAX_ADJUSTMENT}`,
    });
  }
  const reason = input.reason.trim();
  if (reason === '' || reason.length > MAX_REASON_LENGTH) {
    problems.push({ field: 'reason', message: `reason must be 1 to ${MAX_REASON_LENGTH} characters` });
  }
  return problems;
}

export function thresholdProblems(input: { variantId: string; threshold: number }): InputProblem[] {
  const problems: InputProblem[] = [];
  const variant = variantIdProblem(input.variantId);
  if (variant) problems.push(variant);
  if (!Number.isInteger(input.threshold) || input.threshold < 0 || input.threshold > MAX_THRESHOLD) {
    problems.push({ field: 'threshold', message: `threshold must be an integer from 0 to ${MAX_THRESHOLD}` });
  }
  return problems;
}
