/** Why a proxied path was refused; the route answers 400 with this message. */
export class UnsafePathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafePathError';
  }
}

/** Characters allowed in a decoded path segment: no separators, no control characters (NUL included). */
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f\\/]/;

/**
 * The upstream path for a request proxied under `prefix` (e.g. "/media"): the request's path decoded segment
 * by segment, with every segment checked (no "." or "..", in any encoding; no backslash, slash or control
 * character hidden in an escape; valid UTF-8) and re-encoded, so the result always stays under `prefix`. The query
 * string is kept as sent. Throws UnsafePathError for anything else: the proxy never lets the upstream
 * resolve dot segments on its behalf (`/media/%2e%2e/graphql` would otherwise reach the products API).
 */
export function confinedProxyPath(prefix: string, originalUrl: string): string {
  const queryAt = originalUrl.indexOf('?');
  const rawPath = queryAt === -1 ? originalUrl : originalUrl.slice(0, queryAt);
  const query = queryAt === -1 ? '' : originalUrl.slice(queryAt);
  if (!rawPath.startsWith(`${prefix}/`)) throw new UnsafePathError(`The path must start with ${prefix}/`);
  const segments = rawPath.slice(prefix.length + 1).split('/');
  const safe = segments.map((raw) => {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      throw new UnsafePathError('The path is not valid percent-encoded UTF-8');
    }
    if (segment === '' || segment === '.' || segment === '..')
      throw new UnsafePathError('The path may not contain empty, "." or ".." segments');
    if (FORBIDDEN_IN_SEGMENT.test(segment))
      throw new UnsafePathError(
        'The path may not contain backslashes, encoded slashes or control characters',
      );
    return encodeURIComponent(segment);
  });
  return `${prefix}/${safe.join('/')}${query}`;
}
