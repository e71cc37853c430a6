import { describe, expect, it } from 'vitest';
import { noticeOf, runAction, type Notice } from './action-notice';
import { actionOutcome, actionProblem } from './action-outcome';

const forbidden = {
  name: 'CombinedGraphQLErrors',
  message: 'Administrators only',
  errors: [{ message: 'Administrators only', extensions: { code: 'FORBIDDEN' } }],
};
const refusal = [{ code: 'NOT_FAILED', field: null, message: 'Only failed deliveries can be retried.' }];

/** A page's notice as a list of every value it was set to. */
function recordingNotice() {
  const shown: Notice[] = [];
  return { shown, setNotice: (notice: Notice) => shown.push(notice) };
}

describe('actionOutcome', () => {
  it('sorts a mutation’s outcome into done, refused (its userErrors) and failed (the request)', async () => {
    expect(await actionOutcome(async () => [])).toEqual({ kind: 'done' });
    expect(await actionOutcome(async () => undefined)).toEqual({ kind: 'done' });
    expect(await actionOutcome(async () => refusal)).toEqual({
      kind: 'refused',
      text: 'Only failed deliveries can be retried.',
    });
    expect(
      await actionOutcome(async () => {
        throw forbidden;
      }),
    ).toEqual({ kind: 'failed', text: 'Administrators only' });
  });

  it('actionProblem is the text of an outcome that is not done', async () => {
    expect(await actionProblem(async () => null)).toBeNull();
    expect(await actionProblem(async () => refusal)).toBe('Only failed deliveries can be retried.');
  });
});

describe('noticeOf', () => {
  it('says success only when there is something to say', () => {
    expect(noticeOf({ kind: 'done' }, { success: 'Saved.' })).toEqual({
      severity: 'success',
      text: 'Saved.',
    });
    expect(noticeOf({ kind: 'done' })).toBeNull();
  });

  it('shows a refusal as an error or, when asked, a warning; a failed request always as an error', () => {
    expect(noticeOf({ kind: 'refused', text: 'No.' })).toEqual({ severity: 'error', text: 'No.' });
    expect(noticeOf({ kind: 'refused', text: 'No.' }, { refused: 'warning' })).toEqual({
      severity: 'warning',
      text: 'No.',
    });
    expect(noticeOf({ kind: 'failed', text: 'Offline.' }, { refused: 'warning' })).toEqual({
      severity: 'error',
      text: 'Offline.',
    });
  });
});

describe('runAction', () => {
  it('clears the notice, runs onDone, then says success made from what onDone returned', async () => {
    const notice = recordingNotice();
    const steps: string[] = [];
    const problem = await runAction(
      async () => {
        steps.push('mutation');
        return [];
      },
      {
        onDone: async () => {
          steps.push('refetch');
          return { number: 'A-1001' };
        },
        success: (order) => `Order ${order?.number} cancelled.`,
      },
      { showProblem: false, setNotice: notice.setNotice },
    );
    expect(problem).toBeNull();
    expect(steps).toEqual(['mutation', 'refetch']);
    expect(notice.shown).toEqual([null, { severity: 'success', text: 'Order A-1001 cancelled.' }]);
  });

  it('for a button shows a refusal in the notice and does not run onDone', async () => {
    const notice = recordingNotice();
    let refetched = false;
    const problem = await runAction(
      async () => refusal,
      { onDone: () => (refetched = true), success: 'Queued.', refused: 'warning' },
      { showProblem: true, setNotice: notice.setNotice },
    );
    expect(problem).toBe('Only failed deliveries can be retried.');
    expect(refetched).toBe(false);
    expect(notice.shown).toEqual([
      null,
      { severity: 'warning', text: 'Only failed deliveries can be retried.' },
    ]);
  });

  it('for a confirm dialog leaves the problem to the dialog and the notice cleared', async () => {
    const notice = recordingNotice();
    const problem = await runAction(
      async () => {
        throw forbidden;
      },
      { success: 'Removed.' },
      { showProblem: false, setNotice: notice.setNotice },
    );
    expect(problem).toBe('Administrators only');
    expect(notice.shown).toEqual([null]);
  });
});
