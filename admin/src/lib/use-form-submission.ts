'use client';

import { useRef, useState, type FormEvent } from 'react';
import { submitForm, type FieldErrors, type SubmitResult, type UserErrorPlacement } from './form-submission';

const NO_FIELDS: UserErrorPlacement = { fieldOf: () => null };

/**
 * The submit of an admin form: `handleSubmit(work)` is the form's `onSubmit`. `work` checks the form and
 * sends the mutation, and says what came of it (`checkFailed`, `answered`, `failedWith`). While a submit is
 * under way the form is `busy` and a second submit (a double click) does nothing. userErrors are shown
 * beside the fields `placement` knows, the rest above the form (`problem`).
 */
export function useFormSubmission(placement: UserErrorPlacement = NO_FIELDS) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const inFlight = useRef(false);

  return {
    busy,
    problem,
    fieldErrors,
    handleSubmit: (work: () => Promise<SubmitResult>) => (event: FormEvent) => {
      event.preventDefault();
      void submitForm(work, placement, { setBusy, setProblem, setFieldErrors }, inFlight);
    },
  };
}
