import { describe, expect, it } from 'vitest';
import { clientAddress } from './upgrade-meta';

const trustNone = () => false;
const trustAll = () => true;
const trustLoopbackAndPrivate = (address: string) => address === '127.0.0.1' || address.startsWith('10.');

describe('client address of an upgrade request', () => {
  it('is the peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', trustNone)).toBe('203.0.113.9');
  });

  it('steps through trusted proxies to the first untrusted hop', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.1, 10.0.0.5', trustLoopbackAndPrivate)).toBe(
      '198.51.100.1',
    );
    expect(clientAddress('127.0.0.1', '6.6.6.6, 198.51.100.1, 10.0.0.5', trustLoopbackAndPrivate)).toBe(
      '198.51.100.1',
    );
  });

  it('is the leftmost hop when every hop is trusted', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.1, 10.0.0.5', trustAll)).toBe('198.51.100.1');
    expect(clientAddress('::ffff:127.0.0.1', undefined, trustAll)).toBe('127.0.0.1');
  });

  it('passes the hop index to the trust function, as a hop count setting uses it', () => {
    const oneHop = (_address: string, index: number) => index < 1;
    expect(clientAddress('10.0.0.1', '198.51.100.1, 10.0.0.5', oneHop)).toBe('10.0.0.5');
  });
});
