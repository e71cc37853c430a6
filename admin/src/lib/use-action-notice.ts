'use client';

import { useState } from 'react';
import { runAction, type ActionOptions, type AdminMutation, type Notice } from './action-notice';

/**
 * The notice above a page (shown with `ActionNotice`) and the two ways an admin page runs a mutation with
 * it. Both clear the notice first and return the problem text, or null when the action was done.
 *
 * - `perform`, for a button that acts at once: every outcome is shown in the notice.
 * - `confirmed`, for the `onConfirm` of a `ConfirmDialog`: only success is shown in the notice; the problem
 *   is for the dialog to show (it stays open).
 */
export function useActionNotice(initial: Notice = null) {
  const [notice, setNotice] = useState<Notice>(initial);
  return {
    notice,
    show: setNotice,
    dismiss: () => setNotice(null),
    perform: <Done = unknown>(mutation: AdminMutation, options: ActionOptions<Done> = {}) =>
      runAction(mutation, options, { showProblem: true, setNotice }),
    confirmed: <Done = unknown>(
      mutation: AdminMutation,
      options: Omit<ActionOptions<Done>, 'refused'> = {},
    ) => runAction(mutation, options, { showProblem: false, setNotice }),
  };
}
