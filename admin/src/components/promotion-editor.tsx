'use client';

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState, type FormEvent } from 'react';
import { describeApiError, userErrorText, type UserErrorLike } from '@msa/web-kit/api-errors';
import type { CreatePromotionInput, PromotionFieldsFragment } from '@/__generated__/graphql';
import {
  emptyPromotionForm,
  formFieldOfUserError,
  promotionFormFromApi,
  toPromotionInput,
  type PromotionForm,
  type PromotionFormErrors,
} from '@/lib/promotion-form';
import { PromotionFormFields } from './promotion-form-fields';

export interface SaveOutcome {
  promotion: PromotionFieldsFragment | null | undefined;
  userErrors: readonly UserErrorLike[];
}

function errorsFromUserErrors(userErrors: readonly UserErrorLike[]): PromotionFormErrors {
  const errors: PromotionFormErrors = {};
  for (const error of userErrors) {
    const field = formFieldOfUserError(error.field);
    if (field && !(field in errors)) errors[field] = error.message;
  }
  return errors;
}

/**
 * The promotion form with its checks: nothing is sent while a field is wrong, and the API's refusals are
 * shown beside the field they name and above the form.
 */
export function PromotionEditor({
  promotion,
  readOnly = false,
  submitLabel,
  save,
  onSaved,
}: {
  promotion?: PromotionFieldsFragment;
  /** Shown but not editable (staff may read promotions; only administrators change them). */
  readOnly?: boolean;
  submitLabel: string;
  save: (input: CreatePromotionInput) => Promise<SaveOutcome>;
  onSaved: (promotion: PromotionFieldsFragment) => void;
}) {
  const [form, setForm] = useState<PromotionForm>(() =>
    promotion ? promotionFormFromApi(promotion) : emptyPromotionForm(),
  );
  const [errors, setErrors] = useState<PromotionFormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const checked = toPromotionInput(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setProblem('Some fields need attention.');
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const outcome = await save(checked.value);
      const refused = userErrorText(outcome.userErrors);
      if (refused) {
        setErrors(errorsFromUserErrors(outcome.userErrors));
        setProblem(refused);
      } else if (outcome.promotion) {
        onSaved(outcome.promotion);
      }
    } catch (failure) {
      setProblem(describeApiError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && (
        <Alert severity="error" sx={{ mb: 2 }} role="alert">
          {problem}
        </Alert>
      )}
      <Box component="fieldset" disabled={readOnly} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
        <PromotionFormFields form={form} errors={errors} onChange={setForm} />
      </Box>
      {!readOnly && (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 2 }}>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? 'Saving…' : submitLabel}
          </Button>
        </Box>
      )}
    </Box>
  );
}
