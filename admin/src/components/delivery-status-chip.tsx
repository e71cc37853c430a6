import Chip from '@mui/material/Chip';
import type { NotificationDeliveryStatus } from '@/__generated__/graphql';

const COLORS: Record<NotificationDeliveryStatus, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  PENDING: 'info',
  RETRYING: 'warning',
  SENT: 'success',
  FAILED: 'error',
  SKIPPED: 'default',
};

export function DeliveryStatusChip({ status }: { status: NotificationDeliveryStatus }) {
  const color = COLORS[status];
  return (
    <Chip
      size="small"
      label={status.charAt(0) + status.slice(1).toLowerCase()}
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
    />
  );
}
