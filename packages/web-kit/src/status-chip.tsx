import Chip from '@mui/material/Chip';
import { orderStatusPresentation } from './order-status';

export function OrderStatusChip({ status }: { status: string }) {
  const { label, tone } = orderStatusPresentation(status);
  return (
    <Chip size="small" label={label} color={tone} variant={tone === 'default' ? 'outlined' : 'filled'} />
  );
}
