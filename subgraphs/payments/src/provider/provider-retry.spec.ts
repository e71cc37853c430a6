import { describe, expect, it } from 'vitest';
import { TransientProviderError } from './card-provider';
import { withProviderRetry } from './provider-retry';

const policy = { attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 };

function scripted(outcomes: (Error | string)[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    call: async () => {
      const outcome = outcomes[calls++]!;
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
  };
}

describe('withProviderRetry', () => {
  it('retries a transient failure with growing waits and returns the answer', async () => {
    const waits: number[] = [];
    const provider = scripted([new TransientProviderError('t1'), new TransientProviderError('t2'), 'ok']);
    const result = await withProviderRetry(policy, provider.call, {
      sleep: async (ms) => void waits.push(ms),
      random: () => 0,
    });
    expect(result).toBe('ok');
    expect(provider.calls).toBe(3);
    expect(waits).toEqual([50, 100]);
  });

  it('gives up after the configured tries and rethrows the transient error', async () => {
    const provider = scripted([
      new TransientProviderError('a'),
      new TransientProviderError('b'),
      new TransientProviderError('c'),
    ]);
    await expect(withProviderRetry(policy, provider.call, { sleep: async () => {} })).rejects.toThrow('c');
    expect(provider.calls).toBe(3);
  });

  it('never retries other errors', async () => {
    const provider = scripted([new Error('bug'), 'ok']);
    await expect(withProviderRetry(policy, provider.call, { sleep: async () => {} })).rejects.toThrow('bug');
    expect(provider.calls).toBe(1);
  });
});
