import type { UserErrorLike } from '@msa/web-kit/api-errors';
import { actionOutcome, problemOf, type ActionOutcome } from './action-outcome';

export type NoticeSeverity = 'success' | 'warning' | 'error';

/** What the last action on a page did, or why it did not; null when there is nothing to say. */
export type Notice = { severity: NoticeSeverity; text: string } | null;

export interface NoticeWording {
  /** Said when the action was done; nothing is said when absent (the page shows the change itself). */
  success?: string;
  /** How an API refusal is shown: as an error (default) or as a warning (the request itself was fine). */
  refused?: 'error' | 'warning';
}

/** The notice for an action's outcome. A failed request is always an error. */
export function noticeOf(outcome: ActionOutcome, wording: NoticeWording = {}): Notice {
  switch (outcome.kind) {
    case 'done':
      return wording.success ? { severity: 'success', text: wording.success } : null;
    case 'refused':
      return { severity: wording.refused ?? 'error', text: outcome.text };
    case 'failed':
      return { severity: 'error', text: outcome.text };
  }
}

/** An admin mutation that answers with userErrors. */
export type AdminMutation = () => Promise<readonly UserErrorLike[] | null | undefined>;

export interface ActionOptions<Done> {
  /** Runs (and is awaited) when the action was done, before the notice: e.g. fetching the list again. */
  onDone?: () => Done | Promise<Done>;
  /** Said when the action was done: a text, or one made from what `onDone` returned. */
  success?: string | ((done: Done | undefined) => string | undefined);
  /** How an API refusal is shown when the notice shows problems (see `runAction`). */
  refused?: NoticeWording['refused'];
}

/**
 * Runs an admin mutation for a page: clears the notice, and when done runs `onDone` and says `success`.
 * With `showProblem` a refusal or failure is said in the notice too; without, only returned (for a dialog
 * to show). Returns the problem text, or null when the action was done.
 */
export async function runAction<Done>(
  mutation: AdminMutation,
  options: ActionOptions<Done>,
  { showProblem, setNotice }: { showProblem: boolean; setNotice: (notice: Notice) => void },
): Promise<string | null> {
  setNotice(null);
  const outcome = await actionOutcome(mutation);
  if (outcome.kind === 'done') {
    const done = await options.onDone?.();
    const success = typeof options.success === 'function' ? options.success(done) : options.success;
    setNotice(noticeOf(outcome, { success }));
  } else if (showProblem) {
    setNotice(noticeOf(outcome, { refused: options.refused }));
  }
  return problemOf(outcome);
}
