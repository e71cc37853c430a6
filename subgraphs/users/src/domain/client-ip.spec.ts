import { describe, expect, it } from 'vitest';
import { clientIpFrom } from './client-ip';

describe('clientIpFrom', () => {
  it('takes the first x-forwarded-for entry', () => {
    expect(clientIpFrom('203.0.113.7, 10.0.0.2', '10.0.0.3')).toBe('203.0.113.7');
    expect(clientIpFrom(['2001:db8::1', '10.0.0.2'], '10.0.0.3')).toBe('2001:db8::1');
  });

  it('falls back to the socket address, without the IPv4-mapped prefix', () => {
    expect(clientIpFrom(undefined, '::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(clientIpFrom('', '::1')).toBe('::1');
  });

  it('ignores a header that is not an address', () => {
    expect(clientIpFrom('evil<script>, 1.2.3.4', '198.51.100.9')).toBe('198.51.100.9');
  });

  it('reports unknown when nothing is available', () => {
    expect(clientIpFrom(undefined, undefined)).toBe('unknown');
  });
});
