'use client';

import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import {
  chooseOption,
  optionAvailability,
  optionGroups,
  selectionOf,
  type VariantLike,
} from '@/lib/variant-options';

interface PickerVariant extends VariantLike {
  title: string;
}

/**
 * Option buttons (Size, Colour, …) for products whose variants have options, or one button per variant
 * title otherwise. Sold-out combinations stay selectable (to show they exist) but are marked.
 */
export function VariantPicker<V extends PickerVariant>({
  variants,
  selected,
  onSelect,
}: {
  variants: readonly V[];
  selected: V | null;
  onSelect: (variant: V) => void;
}) {
  const groups = optionGroups(variants);

  if (groups.length === 0) {
    if (variants.length < 2) return null;
    return (
      <ToggleButtonGroup
        exclusive
        size="small"
        value={selected?.id ?? null}
        onChange={(_, id: string | null) => {
          const variant = variants.find((v) => v.id === id);
          if (variant) onSelect(variant);
        }}
        aria-label="Variant"
        sx={{ flexWrap: 'wrap' }}
      >
        {variants.map((variant) => (
          <ToggleButton key={variant.id} value={variant.id}>
            {variant.title}
            {!variant.inStock && ' (sold out)'}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    );
  }

  const current = selected ? selectionOf(selected) : {};
  return (
    <Stack spacing={2}>
      {groups.map((group) => (
        <div key={group.name}>
          <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
            {group.name}
            {current[group.name] ? `: ${current[group.name]}` : ''}
          </Typography>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={current[group.name] ?? null}
            onChange={(_, value: string | null) => {
              if (value === null) return;
              const next = chooseOption(variants, selected, group.name, value);
              if (next) onSelect(next);
            }}
            aria-label={group.name}
            sx={{ flexWrap: 'wrap' }}
          >
            {group.values.map((value) => {
              const availability = optionAvailability(variants, selected, group.name, value);
              return (
                <ToggleButton
                  key={value}
                  value={value}
                  sx={
                    availability === 'in-stock'
                      ? undefined
                      : { textDecoration: 'line-through', color: 'text.disabled' }
                  }
                  title={
                    availability === 'sold-out'
                      ? 'Sold out'
                      : availability === 'unavailable'
                        ? 'Not in this combination'
                        : undefined
                  }
                >
                  {value}
                </ToggleButton>
              );
            })}
          </ToggleButtonGroup>
        </div>
      ))}
    </Stack>
  );
}
