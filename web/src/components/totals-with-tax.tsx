'use client';

import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { taxLineLabel } from '@msa/web-kit/tax-display';
import { usePriceDisplay } from '@/lib/price-display';

export interface TaxLineView {
  name: string;
  rate: number;
  amount: { formatted: string };
}

function Row({ label, value, strong = false }: { label: ReactNode; value: ReactNode; strong?: boolean }) {
  return (
    <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
      <Typography sx={strong ? { fontWeight: 700 } : undefined}>{label}</Typography>
      <Typography sx={{ whiteSpace: 'nowrap', ...(strong ? { fontWeight: 700 } : {}) }}>{value}</Typography>
    </Stack>
  );
}

/**
 * The tax lines and the total, the way the shop shows prices (SHOP_PRICES_INCLUDE_TAX): listed above the
 * total that adds them, or stated below it as included (the rows above then show gross figures, see
 * useGrossFigures). `taxLines` null: not known yet (no destination).
 */
export function TotalsWithTax({
  taxLines,
  total,
  divider = true,
}: {
  taxLines: readonly TaxLineView[] | null;
  total: string;
  divider?: boolean;
}) {
  const display = usePriceDisplay();
  const lines = taxLines ?? [];
  const pending = taxLines === null;
  return (
    <Stack spacing={1} aria-label="Tax and total">
      {pending ? (
        <Row label="Tax" value="Calculated once delivery is chosen" />
      ) : (
        display === 'excluding-tax' &&
        (lines.length === 0 ? (
          <Row label="Tax" value="None" />
        ) : (
          lines.map((line) => (
            <Row key={line.name} label={taxLineLabel(line)} value={line.amount.formatted} />
          ))
        ))
      )}
      {divider && <Divider />}
      <Row label="Total" value={total} strong />
      {display === 'including-tax' &&
        lines.map((line) => (
          <Typography key={line.name} variant="body2" color="text.secondary" sx={{ textAlign: 'right' }}>
            Includes {line.amount.formatted} {taxLineLabel(line)}
          </Typography>
        ))}
    </Stack>
  );
}
