'use client';

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { UserErrorLike } from '@msa/web-kit/api-errors';
import type { CreatePromotionInput, PromotionFieldsFragment } from '@/__generated__/graphql';
import {
  emptyPromotionForm,
  formFieldOfUserError,
  promotionFormFromApi,
  toPromotionInput,
  type PromotionForm,
} from '@/lib/promotion-form';
import { answered, checkFailed, type UserErrorPlacement } from '@/lib/form-submission';
import { useFormSubmission } from '@/lib/use-form-submission';
import { PromotionFormFields } from './promotion-form-fields';

export interface SaveOutcome {
  promotion: PromotionFieldsFragment | null | undefined;
  userErrors: readonly UserErrorLike[];
}

// The form is long: every refusal is also said above it, where the person looks after saving.
const PLACEMENT: UserErrorPlacement = { fieldOf: formFieldOfUserError, summary: 'all' };

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
  const { busy, problem, fieldErrors: errors, handleSubmit } = useFormSubmission(PLACEMENT);

  const submit = handleSubmit(async () => {
    const checked = toPromotionInput(form);
    if (!checked.ok) return checkFailed(checked.errors, 'Some fields need attention.');
    const outcome = await save(checked.value);
    return answered(outcome.userErrors, () => {
      if (outcome.promotion) onSaved(outcome.promotion);
    });
  });

  return (
    <Box component="form" noValidate onSubmit={submit}>
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
