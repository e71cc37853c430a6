'use client';

import Alert from '@mui/material/Alert';

export type Feedback = { severity: 'success' | 'warning' | 'error'; text: string } | null;

/** The outcome of a form's last submit: what was saved, or why not. */
export function FormFeedback({ feedback }: { feedback: Feedback }) {
  if (!feedback) return null;
  return (
    <Alert severity={feedback.severity} role={feedback.severity === 'success' ? 'status' : 'alert'}>
      {feedback.text}
    </Alert>
  );
}
