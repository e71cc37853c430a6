import type { KeyValueStorage } from '@msa/web-kit/session-store';

/** This tab's sessionStorage, or null on the server or when the browser refuses storage. */
export function tabStorage(): KeyValueStorage | null {
  if (typeof window === 'undefined') return null;
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export const CHECKOUT_ATTEMPT_STORAGE_KEY = 'msa.web.checkoutAttempt';
