/**
 * The page to go to after signing in, from a `?next=` parameter. Only paths on this site are followed, so a
 * crafted link cannot send someone who just signed in to another site.
 */
export function safeRedirectPath(next: string | string[] | null | undefined, fallback = '/'): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
