import { describeApiError, userErrorText, type UserErrorLike } from '@msa/web-kit/api-errors';

/** Messages shown beside the form fields they are about, by field name. */
export type FieldErrors = Partial<Record<string, string>>;

/** What one submit of a form came to; made with `checkFailed`, `answered` or `failedWith`. */
export type SubmitResult =
  | { kind: 'check-failed'; fieldErrors: FieldErrors; problem: string | null }
  | { kind: 'answered'; userErrors: readonly UserErrorLike[]; onSuccess?: () => void }
  | { kind: 'failed'; problem: string };

/** The form's own checks failed: nothing was sent. */
export const checkFailed = (fieldErrors: FieldErrors = {}, problem: string | null = null): SubmitResult => ({
  kind: 'check-failed',
  fieldErrors,
  problem,
});

/** The API answered: with userErrors it refused, without them `onSuccess` runs. */
export const answered = (
  userErrors: readonly UserErrorLike[] | null | undefined,
  onSuccess?: () => void,
): SubmitResult => ({ kind: 'answered', userErrors: userErrors ?? [], onSuccess });

/** It did not work, for a reason said in `problem`. */
export const failedWith = (problem: string): SubmitResult => ({ kind: 'failed', problem });

/**
 * Which form field a userError is about, from its `field` path; null when the form shows no field for it.
 * `fieldsNamed` makes one from the form's field names (the last path segment names the field).
 */
export type FieldOfUserError = (field: readonly string[] | null | undefined) => string | null;

export function fieldsNamed(names: readonly string[]): FieldOfUserError {
  return (field) => {
    const name = field?.at(-1);
    return name !== undefined && names.includes(name) ? name : null;
  };
}

export interface UserErrorPlacement {
  fieldOf: FieldOfUserError;
  /**
   * What the text above the form says: `unplaced` only the userErrors no field shows (nothing when every
   * one is beside its field), `all` every message (for long forms, where a field may be out of view).
   */
  summary?: 'unplaced' | 'all';
}

/** userErrors beside their fields (the first message per field) and the text above the form. */
export function placeUserErrors(
  userErrors: readonly UserErrorLike[],
  { fieldOf, summary = 'unplaced' }: UserErrorPlacement,
): { fieldErrors: FieldErrors; problem: string | null } {
  const fieldErrors: FieldErrors = {};
  const unplaced: UserErrorLike[] = [];
  for (const error of userErrors) {
    const field = fieldOf(error.field);
    if (field === null) unplaced.push(error);
    else if (!(field in fieldErrors)) fieldErrors[field] = error.message;
  }
  return { fieldErrors, problem: userErrorText(summary === 'all' ? userErrors : unplaced) };
}

/** The form's state after a submit: its field errors, the text above it, and whether it was done. */
export function settleSubmit(
  result: SubmitResult,
  placement: UserErrorPlacement,
): { fieldErrors: FieldErrors; problem: string | null; succeeded: boolean } {
  switch (result.kind) {
    case 'check-failed':
      return { fieldErrors: result.fieldErrors, problem: result.problem, succeeded: false };
    case 'failed':
      return { fieldErrors: {}, problem: result.problem, succeeded: false };
    case 'answered':
      if (result.userErrors.length === 0) return { fieldErrors: {}, problem: null, succeeded: true };
      return { ...placeUserErrors(result.userErrors, placement), succeeded: false };
  }
}

/** Where a submit shows its state (the hook's setters; plain functions in tests). */
export interface SubmissionView {
  setBusy: (busy: boolean) => void;
  setProblem: (problem: string | null) => void;
  setFieldErrors: (fieldErrors: FieldErrors) => void;
}

/**
 * One submit of a form: runs `work` unless a submit is already under way (`inFlight`, kept across renders),
 * shows its outcome, and calls `onSuccess` when it was done. A request that throws becomes one readable
 * sentence above the form.
 */
export async function submitForm(
  work: () => Promise<SubmitResult>,
  placement: UserErrorPlacement,
  view: SubmissionView,
  inFlight: { current: boolean },
): Promise<void> {
  if (inFlight.current) return;
  inFlight.current = true;
  view.setBusy(true);
  view.setProblem(null);
  try {
    const result = await work();
    const settled = settleSubmit(result, placement);
    view.setFieldErrors(settled.fieldErrors);
    view.setProblem(settled.problem);
    if (settled.succeeded && result.kind === 'answered') result.onSuccess?.();
  } catch (error) {
    view.setFieldErrors({});
    view.setProblem(describeApiError(error));
  } finally {
    inFlight.current = false;
    view.setBusy(false);
  }
}
