import { describeApiError, userErrorText, type UserErrorLike } from '@msa/web-kit/api-errors';

/**
 * Runs an admin mutation and turns its outcome into the text to show when it did not work: the userError
 * message(s), or one sentence for a failed request. Null when it worked.
 */
export async function actionProblem(
  run: () => Promise<readonly UserErrorLike[] | null | undefined>,
): Promise<string | null> {
  try {
    return userErrorText(await run());
  } catch (error) {
    return describeApiError(error);
  }
}
