import { describeApiError, userErrorText, type UserErrorLike } from '@msa/web-kit/api-errors';

/**
 * What an admin mutation came to: done, refused by the API (its userErrors as one text), or failed as a
 * request (one sentence for the person).
 */
export type ActionOutcome =
  | { kind: 'done' }
  | { kind: 'refused'; text: string }
  | { kind: 'failed'; text: string };

/** Runs an admin mutation that answers with userErrors and sorts its outcome. */
export async function actionOutcome(
  run: () => Promise<readonly UserErrorLike[] | null | undefined>,
): Promise<ActionOutcome> {
  try {
    const refused = userErrorText(await run());
    return refused ? { kind: 'refused', text: refused } : { kind: 'done' };
  } catch (error) {
    return { kind: 'failed', text: describeApiError(error) };
  }
}

/** The text to show when an outcome is not `done`, or null when it is. */
export function problemOf(outcome: ActionOutcome): string | null {
  return outcome.kind === 'done' ? null : outcome.text;
}

/**
 * Runs an admin mutation and turns its outcome into the text to show when it did not work: the userError
 * message(s), or one sentence for a failed request. Null when it worked.
 */
export async function actionProblem(
  run: () => Promise<readonly UserErrorLike[] | null | undefined>,
): Promise<string | null> {
  return problemOf(await actionOutcome(run));
}
