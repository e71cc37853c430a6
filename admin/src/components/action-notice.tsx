'use client';

import Alert from '@mui/material/Alert';
import type { Notice } from '@/lib/action-notice';

export type { Notice } from '@/lib/action-notice';

/** What the last action on the page did, or why it did not. */
export function ActionNotice({ notice, onClose }: { notice: Notice; onClose?: () => void }) {
  if (!notice) return null;
  return (
    <Alert
      severity={notice.severity}
      onClose={onClose}
      sx={{ mb: 2 }}
      role={notice.severity === 'error' ? 'alert' : 'status'}
    >
      {notice.text}
    </Alert>
  );
}
