import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './client-address';

describe('clientAddress', () => {
  const none = parseTrustedProxies(undefined);
  const loopback = parseTrustedProxies('loopback');

  it('ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', none)).toBe('198.51.100.1');
  });

  it('takes the hop a trusted proxy appended, not what the client prepended', () => {
    expect(clientAddress('1.2.3.4, 203.0.113.7', '127.0.0.1', loopback)).toBe('203.0.113.7');
    expect(clientAddress('1.2.3.4, 203.0.113.7', '::ffff:127.0.0.1', loopback)).toBe('203.0.113.7');
  });

  it('walks through several trusted proxies', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, loopback');
    expect(clientAddress('6.6.6.6, 203.0.113.7, 10.1.2.3', '127.0.0.1', trusted)).toBe('203.0.113.7');
  });

  it('stops at garbage in the header', () => {
    expect(clientAddress('not-an-ip', '127.0.0.1', loopback)).toBe('127.0.0.1');
  });

  it('refuses malformed settings', () => {
    expect(() => parseTrustedProxies('banana')).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies('10.0.0.0/40')).toThrow(/prefix/);
  });
});
