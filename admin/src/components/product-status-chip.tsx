import Chip from '@mui/material/Chip';

const TONES = { ACTIVE: 'success', DRAFT: 'default', ARCHIVED: 'warning' } as const;

export function ProductStatusChip({ status }: { status: keyof typeof TONES }) {
  return (
    <Chip
      size="small"
      label={status.charAt(0) + status.slice(1).toLowerCase()}
      color={TONES[status]}
      variant="outlined"
    />
  );
}
