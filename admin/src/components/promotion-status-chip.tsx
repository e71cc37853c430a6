import Chip from '@mui/material/Chip';
import type { PromotionStatus } from '@/__generated__/graphql';

const PRESENTATION: Record<
  PromotionStatus,
  { label: string; color: 'success' | 'info' | 'default' | 'warning' }
> = {
  ACTIVE: { label: 'Active', color: 'success' },
  SCHEDULED: { label: 'Scheduled', color: 'info' },
  EXPIRED: { label: 'Expired', color: 'default' },
  EXHAUSTED: { label: 'Used up', color: 'warning' },
  INACTIVE: { label: 'Deactivated', color: 'default' },
};

export function PromotionStatusChip({ status }: { status: PromotionStatus }) {
  const { label, color } = PRESENTATION[status];
  return (
    <Chip size="small" label={label} color={color} variant={color === 'default' ? 'outlined' : 'filled'} />
  );
}
