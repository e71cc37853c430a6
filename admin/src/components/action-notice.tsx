import Alert from '@mui/material/Alert';

export interface Notice {
  severity: 'success' | 'warning' | 'error';
  text: string;
}

/** The outcome of the last action on a page: success, the API's refusal, or a failed request. */
export function ActionNotice({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  if (!notice) return null;
  return (
    <Alert severity={notice.severity} sx={{ mb: 2 }} onClose={onClose} role="status">
      {notice.text}
    </Alert>
  );
}
