const IP_LIKE = /^[0-9a-fA-F.:]{2,45}$/;
const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

function normalise(address: string): string {
  return address.replace(IPV4_MAPPED, '$1');
}

/**
 * The caller's address: the first `x-forwarded-for` entry (the router sets it to the client it saw), else the
 * socket peer. Anything that does not look like an IP is ignored rather than trusted as a throttle key.
 */
export function clientIpFrom(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor;
  const first = header?.split(',')[0]?.trim();
  if (first && IP_LIKE.test(first)) return normalise(first);
  if (socketAddress) return normalise(socketAddress);
  return 'unknown';
}
