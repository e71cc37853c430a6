import { describe, expect, it } from 'vitest';
import { isSettled, verdictAfter } from './delivery-outcome';

describe('delivery outcome', () => {
  it('settles a sent or skipped delivery at once', () => {
    expect(verdictAfter({ outcome: 'SENT', providerMessageId: 'm' }, 1, 5)).toEqual({
      status: 'SENT',
      retry: false,
    });
    expect(verdictAfter({ outcome: 'SKIPPED', reason: 'opted out' }, 1, 5)).toEqual({
      status: 'SKIPPED',
      retry: false,
    });
  });

  it('retries transient failures until the attempts run out', () => {
    const failure = { outcome: 'FAILED', reason: 'timeout', permanent: false } as const;
    expect(verdictAfter(failure, 1, 3)).toEqual({ status: 'RETRYING', retry: true });
    expect(verdictAfter(failure, 2, 3)).toEqual({ status: 'RETRYING', retry: true });
    expect(verdictAfter(failure, 3, 3)).toEqual({ status: 'FAILED', retry: false });
  });

  it('never retries a permanent failure', () => {
    expect(verdictAfter({ outcome: 'FAILED', reason: 'bad address', permanent: true }, 1, 5)).toEqual({
      status: 'FAILED',
      retry: false,
    });
  });

  it('knows which statuses are final', () => {
    expect(['PENDING', 'RETRYING', 'SENT', 'FAILED', 'SKIPPED'].filter((s) => isSettled(s as never))).toEqual(
      ['SENT', 'FAILED', 'SKIPPED'],
    );
  });
});
