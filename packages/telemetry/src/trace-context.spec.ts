import { describe, expect, it } from 'vitest';
import { continueTraceparent, traceIdOfTraceparent } from './trace-context';

const incoming = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('continueTraceparent', () => {
  it('continues the caller trace as a new span', () => {
    const outgoing = continueTraceparent(incoming);
    expect(traceIdOfTraceparent(outgoing)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(outgoing).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(outgoing).not.toBe(incoming);
  });

  it('keeps the caller sampling flags', () => {
    expect(continueTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00')).toMatch(/-00$/);
  });

  it('starts a new sampled trace when the header is missing or invalid', () => {
    for (const header of [undefined, 'garbage', '00-00000000000000000000000000000000-00f067aa0ba902b7-01']) {
      const outgoing = continueTraceparent(header);
      expect(outgoing).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      expect(traceIdOfTraceparent(outgoing)).not.toBe('00000000000000000000000000000000');
    }
    expect(traceIdOfTraceparent(continueTraceparent(undefined))).not.toBe(
      traceIdOfTraceparent(continueTraceparent(undefined)),
    );
  });
});
