import { describe, expect, it } from 'vitest';
import { serialRunner } from './serial-runner';

describe('serialRunner', () => {
  it('never overlaps runs and folds requests made during a run into one follow-up run', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const runner = serialRunner(async () => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      active -= 1;
      return runs;
    });
    const results = await Promise.all([runner.run(), runner.run(), runner.run(), runner.run()]);
    expect(maxActive).toBe(1);
    expect(runs).toBe(2);
    expect(results).toEqual([1, 2, 2, 2]);
    await runner.idle();
  });

  it('keeps running after a failed run', async () => {
    let calls = 0;
    const runner = serialRunner(async () => {
      calls += 1;
      if (calls === 1) throw new Error('engine down');
      return calls;
    });
    await expect(runner.run()).rejects.toThrow('engine down');
    await expect(runner.run()).resolves.toBe(2);
  });
});
