'use client';

import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import {
  emptyAction,
  PROMOTION_LIMITS,
  type PromotionForm,
  type PromotionFormErrors,
} from '@/lib/promotion-form';
import { CategoryPicker } from './category-picker';
import { ProductPicker } from './product-picker';
import { PromotionActionFields } from './promotion-action-fields';

const fieldGrid = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', sm: 'repeat(auto-fill, minmax(220px, 1fr))' },
} as const;

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" sx={{ p: 2.5 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {hint && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {hint}
        </Typography>
      )}
      <Box sx={{ mt: hint ? 0 : 2 }}>{children}</Box>
    </Paper>
  );
}

/** Every field of a promotion: basics, schedule and limits, conditions, actions. */
export function PromotionFormFields({
  form,
  errors,
  onChange,
}: {
  form: PromotionForm;
  errors: PromotionFormErrors;
  onChange: (form: PromotionForm) => void;
}) {
  const set = (changes: Partial<PromotionForm>) => onChange({ ...form, ...changes });
  type TextKey = {
    [K in keyof PromotionForm]: PromotionForm[K] extends string ? K : never;
  }[keyof PromotionForm];
  const text = (
    field: TextKey,
    label: string,
    extra: { helper?: string; type?: string; required?: boolean } = {},
  ) => (
    <TextField
      size="small"
      label={label}
      type={extra.type ?? 'text'}
      required={extra.required}
      value={form[field]}
      onChange={(event) => set({ [field]: event.target.value })}
      error={Boolean(errors[field])}
      helperText={errors[field] ?? extra.helper}
      slotProps={extra.type === 'datetime-local' ? { inputLabel: { shrink: true } } : undefined}
    />
  );

  return (
    <Stack spacing={2}>
      <Section title="Basics">
        <Box sx={fieldGrid}>
          {text('name', 'Name', { required: true, helper: 'Shown to customers as the discount label' })}
          {text('code', 'Coupon code', { helper: 'Empty: applies automatically to qualifying carts' })}
          {text('currency', 'Currency', { helper: 'Carts in another currency never qualify' })}
        </Box>
      </Section>

      <Section title="Schedule and limits">
        <Box sx={fieldGrid}>
          {text('startsAt', 'Starts', { type: 'datetime-local', helper: 'Empty: at once' })}
          {text('endsAt', 'Ends', { type: 'datetime-local', helper: 'Empty: never' })}
          {text('usageLimit', 'Usage limit', { helper: 'Redemptions in all; empty for no limit' })}
          {text('perCustomerLimit', 'Per customer', { helper: 'Empty for no limit' })}
          {text('priority', 'Priority', {
            helper: `-${PROMOTION_LIMITS.priority} to ${PROMOTION_LIMITS.priority}; higher applies first`,
          })}
          <FormControlLabel
            control={
              <Switch
                checked={form.stackable}
                onChange={(event) => set({ stackable: event.target.checked })}
              />
            }
            label="Combines with other stackable promotions"
          />
        </Box>
      </Section>

      <Section title="Conditions" hint="The cart must meet all of these; leave them empty for every cart.">
        <Box sx={fieldGrid}>
          {text('minSubtotal', `Minimum subtotal (${form.currency || 'USD'})`)}
          {text('minQuantity', 'Minimum units in the cart')}
          <FormControlLabel
            control={
              <Switch
                checked={form.firstOrder}
                onChange={(event) => set({ firstOrder: event.target.checked })}
              />
            }
            label="Customer's first order only"
          />
        </Box>
        <Box sx={{ ...fieldGrid, mt: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
          <ProductPicker
            label="Cart holds one of these products"
            value={form.conditionProductIds}
            onChange={(conditionProductIds) => set({ conditionProductIds })}
          />
          <CategoryPicker
            label="Cart holds a product of these categories"
            value={form.conditionCategoryIds}
            onChange={(conditionCategoryIds) => set({ conditionCategoryIds })}
          />
        </Box>
      </Section>

      <Section title="Actions" hint="What the promotion takes off.">
        <Stack spacing={2}>
          {errors.actions && (
            <Typography color="error" variant="body2">
              {errors.actions}
            </Typography>
          )}
          {form.actions.map((action, index) => (
            <PromotionActionFields
              key={index}
              index={index}
              action={action}
              currency={form.currency || 'USD'}
              errors={errors}
              onChange={(changed) =>
                set({ actions: form.actions.map((current, at) => (at === index ? changed : current)) })
              }
              onRemove={() => set({ actions: form.actions.filter((_, at) => at !== index) })}
            />
          ))}
          <Box>
            <Button
              onClick={() => set({ actions: [...form.actions, emptyAction()] })}
              disabled={form.actions.length >= PROMOTION_LIMITS.actions}
            >
              Add action
            </Button>
          </Box>
        </Stack>
      </Section>
    </Stack>
  );
}
