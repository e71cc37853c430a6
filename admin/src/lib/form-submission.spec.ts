import { describe, expect, it } from 'vitest';
import {
  answered,
  checkFailed,
  failedWith,
  fieldsNamed,
  placeUserErrors,
  settleSubmit,
  submitForm,
  type FieldErrors,
  type SubmitResult,
} from './form-submission';

const TAX_FIELDS = { fieldOf: fieldsNamed(['country', 'region', 'rate']) };

/** A submit's view as plain values, with every busy change recorded. */
function recordingView() {
  const view = {
    busy: [] as boolean[],
    problem: null as string | null,
    fieldErrors: {} as FieldErrors,
    setBusy: (busy: boolean) => view.busy.push(busy),
    setProblem: (problem: string | null) => (view.problem = problem),
    setFieldErrors: (fieldErrors: FieldErrors) => (view.fieldErrors = fieldErrors),
  };
  return view;
}

describe('fieldsNamed', () => {
  it('knows a field by the last segment of the userError path, and only the form’s fields', () => {
    const fieldOf = fieldsNamed(['country', 'rate']);
    expect(fieldOf(['input', 'rate'])).toBe('rate');
    expect(fieldOf(['country'])).toBe('country');
    expect(fieldOf(['input', 'currency'])).toBeNull();
    expect(fieldOf([])).toBeNull();
    expect(fieldOf(null)).toBeNull();
    expect(fieldOf(undefined)).toBeNull();
  });
});

describe('placeUserErrors', () => {
  it('puts each error beside its field, the first message per field, and says nothing more', () => {
    expect(
      placeUserErrors(
        [
          { code: 'INVALID', field: ['input', 'rate'], message: 'Rate is above 100%' },
          { code: 'INVALID', field: ['input', 'rate'], message: 'Rate has too many decimals' },
          { code: 'INVALID', field: ['input', 'country'], message: 'Unknown country' },
        ],
        TAX_FIELDS,
      ),
    ).toEqual({ fieldErrors: { rate: 'Rate is above 100%', country: 'Unknown country' }, problem: null });
  });

  it('says the errors no field shows above the form, so none is lost', () => {
    expect(
      placeUserErrors(
        [
          { code: 'INVALID', field: ['input', 'rate'], message: 'Rate is above 100%' },
          { code: 'FORBIDDEN', field: null, message: 'Administrators only.' },
          { code: 'INVALID', field: ['input', 'currency'], message: 'Unknown currency.' },
        ],
        TAX_FIELDS,
      ),
    ).toEqual({
      fieldErrors: { rate: 'Rate is above 100%' },
      problem: 'Administrators only. Unknown currency.',
    });
  });

  it('with summary "all" says every message above the form as well', () => {
    const placed = placeUserErrors(
      [
        { code: 'TAKEN', field: ['input', 'code'], message: 'Code is taken.' },
        { code: 'INVALID', field: ['input', 'conditions', '0'], message: 'Bad condition.' },
      ],
      { fieldOf: (field) => (field?.[1] === 'code' ? 'code' : null), summary: 'all' },
    );
    expect(placed).toEqual({
      fieldErrors: { code: 'Code is taken.' },
      problem: 'Code is taken. Bad condition.',
    });
  });
});

describe('settleSubmit', () => {
  it('shows what the form’s own checks found, and nothing was done', () => {
    expect(settleSubmit(checkFailed({ rate: 'Enter a percentage' }), TAX_FIELDS)).toEqual({
      fieldErrors: { rate: 'Enter a percentage' },
      problem: null,
      succeeded: false,
    });
    expect(settleSubmit(checkFailed({}, 'Say why.'), TAX_FIELDS)).toEqual({
      fieldErrors: {},
      problem: 'Say why.',
      succeeded: false,
    });
  });

  it('is done when the API answered without userErrors (none, an empty list or no payload)', () => {
    const done = { fieldErrors: {}, problem: null, succeeded: true };
    expect(settleSubmit(answered([]), TAX_FIELDS)).toEqual(done);
    expect(settleSubmit(answered(null), TAX_FIELDS)).toEqual(done);
    expect(settleSubmit(answered(undefined), TAX_FIELDS)).toEqual(done);
  });

  it('places the userErrors of a refusal and clears earlier field errors on a failure', () => {
    expect(
      settleSubmit(
        answered([{ code: 'INVALID', field: ['input', 'region'], message: 'No such region' }]),
        TAX_FIELDS,
      ),
    ).toEqual({ fieldErrors: { region: 'No such region' }, problem: null, succeeded: false });
    expect(settleSubmit(failedWith('The provider refused.'), TAX_FIELDS)).toEqual({
      fieldErrors: {},
      problem: 'The provider refused.',
      succeeded: false,
    });
  });
});

describe('submitForm', () => {
  it('calls onSuccess once the API has answered without userErrors, busy only meanwhile', async () => {
    const view = recordingView();
    const saved: string[] = [];
    await submitForm(async () => answered([], () => saved.push('FR')), TAX_FIELDS, view, { current: false });
    expect(saved).toEqual(['FR']);
    expect(view.busy).toEqual([true, false]);
    expect(view.problem).toBeNull();
  });

  it('does not call onSuccess on a refusal, and shows it', async () => {
    const view = recordingView();
    const saved: string[] = [];
    await submitForm(
      async () =>
        answered([{ code: 'INVALID', field: ['input', 'rate'], message: 'Rate is above 100%' }], () =>
          saved.push('FR'),
        ),
      TAX_FIELDS,
      view,
      { current: false },
    );
    expect(saved).toEqual([]);
    expect(view.fieldErrors).toEqual({ rate: 'Rate is above 100%' });
  });

  it('turns a request that throws into one sentence and is ready for the next submit', async () => {
    const view = recordingView();
    const inFlight = { current: false };
    view.fieldErrors = { rate: 'from before' };
    await submitForm(
      async () => {
        throw new TypeError('Failed to fetch');
      },
      TAX_FIELDS,
      view,
      inFlight,
    );
    expect(view.problem).toMatch(/Cannot reach the server/);
    expect(view.fieldErrors).toEqual({});
    expect(inFlight.current).toBe(false);
    expect(view.busy).toEqual([true, false]);
  });

  it('ignores a second submit while the first is under way (a double click sends once)', async () => {
    const view = recordingView();
    const inFlight = { current: false };
    let sent = 0;
    let answer!: (result: SubmitResult) => void;
    const work = () => {
      sent += 1;
      return new Promise<SubmitResult>((resolve) => (answer = resolve));
    };
    const first = submitForm(work, TAX_FIELDS, view, inFlight);
    await submitForm(work, TAX_FIELDS, view, inFlight);
    expect(sent).toBe(1);
    answer(answered([]));
    await first;
    await submitForm(async () => answered([]), TAX_FIELDS, view, inFlight);
    expect(view.busy).toEqual([true, false, true, false]);
  });

  it('clears the problem of the last submit when a new one starts', async () => {
    const view = recordingView();
    view.problem = 'Old problem';
    const seen: (string | null)[] = [];
    await submitForm(
      async () => {
        seen.push(view.problem);
        return checkFailed({}, 'New problem');
      },
      TAX_FIELDS,
      view,
      { current: false },
    );
    expect(seen).toEqual([null]);
    expect(view.problem).toBe('New problem');
  });
});
