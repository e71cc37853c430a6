/**
 * Reads a URL from a `NEXT_PUBLIC_*` variable. Next.js inlines those at build time, so callers pass
 * `process.env.NEXT_PUBLIC_X` written out in full; this only validates it once, with a message that names
 * the variable.
 */
export function readPublicUrl(name: string, value: string | undefined, fallback: string): string {
  const text = value?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, got "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must be an http(s) URL, got "${text}"`);
  }
  return text.replace(/\/+$/, '');
}
