'use client';

import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { PromotionActionKind } from '@/__generated__/graphql';
import {
  ACTION_KINDS,
  emptyAction,
  LINE_ACTION_KINDS,
  type PromotionActionForm,
  type PromotionFormErrors,
} from '@/lib/promotion-form';
import { CategoryPicker } from './category-picker';
import { ProductPicker } from './product-picker';

const fieldGrid = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', sm: 'repeat(auto-fill, minmax(180px, 1fr))' },
} as const;

/** One action of a promotion: its kind and the fields that kind takes. */
export function PromotionActionFields({
  index,
  action,
  currency,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  action: PromotionActionForm;
  currency: string;
  errors: PromotionFormErrors;
  onChange: (action: PromotionActionForm) => void;
  onRemove: () => void;
}) {
  const error = (field: string) => errors[`actions.${index}.${field}`];
  const set = (changes: Partial<PromotionActionForm>) => onChange({ ...action, ...changes });
  const text = (field: keyof PromotionActionForm, label: string, helper?: string) => (
    <TextField
      size="small"
      label={label}
      value={action[field] as string}
      onChange={(event) => set({ [field]: event.target.value })}
      error={Boolean(error(field))}
      helperText={error(field) ?? helper}
      slotProps={{ htmlInput: { 'aria-label': `Action ${index + 1} ${label}` } }}
    />
  );
  const kind = action.kind;
  const isLines = LINE_ACTION_KINDS.includes(kind);

  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid={`promotion-action-${index}`}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2, gap: 2 }}>
        <TextField
          select
          size="small"
          label={`Action ${index + 1}`}
          value={kind}
          onChange={(event) => onChange(emptyAction(event.target.value as PromotionActionKind))}
          sx={{ minWidth: 260 }}
        >
          {ACTION_KINDS.map((option) => (
            <MenuItem key={option.kind} value={option.kind}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
        <Button color="error" onClick={onRemove}>
          Remove
        </Button>
      </Stack>
      {errors[`actions.${index}`] && (
        <Typography color="error" variant="body2" sx={{ mb: 1 }}>
          {errors[`actions.${index}`]}
        </Typography>
      )}
      <Box sx={fieldGrid}>
        {(kind === 'ORDER_PERCENT_OFF' || kind === 'LINES_PERCENT_OFF') && text('percent', 'Percent off')}
        {kind === 'ORDER_AMOUNT_OFF' && text('amount', `Amount off (${currency})`)}
        {kind === 'LINES_AMOUNT_OFF' && text('amount', `Amount off each unit (${currency})`)}
        {kind === 'BUY_X_GET_Y' && (
          <>
            {text('buyQuantity', 'Buy (X units)')}
            {text('getQuantity', 'Get (Y units)')}
            {text('percent', 'Percent off the Y units', 'Empty: free')}
            {text('maxApplications', 'Times per order', 'Empty: no limit')}
          </>
        )}
        {kind !== 'ORDER_AMOUNT_OFF' &&
          kind !== 'FREE_SHIPPING' &&
          text('maxAmount', `Cap (${currency})`, 'Empty: no cap')}
      </Box>
      {kind === 'FREE_SHIPPING' && (
        <Typography variant="body2" color="text.secondary">
          Shipping is free at checkout when the conditions are met.
        </Typography>
      )}
      {isLines && (
        <Box sx={{ ...fieldGrid, mt: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
          <ProductPicker
            label="Only these products"
            value={action.productIds}
            onChange={(productIds) => set({ productIds })}
          />
          <CategoryPicker
            label="Only these categories"
            value={action.categoryIds}
            onChange={(categoryIds) => set({ categoryIds })}
            helperText="With no products or categories, every line counts"
          />
        </Box>
      )}
    </Paper>
  );
}
