'use client';

import { useState, type FormEvent } from 'react';

/**
 * A search or filter field that applies when its form is submitted (Enter or the button), not on every
 * key: `text` is what is typed, `submitted` what the list is filtered by (trimmed).
 */
export function useSubmittedText(initial = '') {
  const [text, setText] = useState(initial);
  const [submitted, setSubmitted] = useState(initial.trim());
  return {
    text,
    setText,
    submitted,
    /** The form's `onSubmit`. */
    submit: (event: FormEvent) => {
      event.preventDefault();
      setSubmitted(text.trim());
    },
    clear: () => {
      setText('');
      setSubmitted('');
    },
  };
}
