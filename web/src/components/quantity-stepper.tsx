'use client';

import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import { MAX_CART_LINE_QUANTITY } from '@msa/web-kit/cart-limits';

/** − n + buttons for a quantity between `min` and `max` (by default the most a cart line holds). */
export function QuantityStepper({
  value,
  onChange,
  min = 1,
  max = MAX_CART_LINE_QUANTITY,
  disabled = false,
  label = 'Quantity',
}: {
  value: number;
  onChange: (quantity: number) => void;
  min?: number;
  max?: number;
  disabled?: boolean;
  label?: string;
}) {
  return (
    <ButtonGroup size="small" aria-label={label} disabled={disabled}>
      <Button onClick={() => onChange(value - 1)} disabled={disabled || value <= min} aria-label="Decrease">
        −
      </Button>
      <Button disableRipple tabIndex={-1} aria-live="polite" sx={{ pointerEvents: 'none', minWidth: 48 }}>
        {value}
      </Button>
      <Button onClick={() => onChange(value + 1)} disabled={disabled || value >= max} aria-label="Increase">
        +
      </Button>
    </ButtonGroup>
  );
}
