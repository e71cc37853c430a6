import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from './config';
import { unsetWhenEmpty, wholeNumberEnv } from './env-values';

const env = z.object({
  ATTEMPTS: wholeNumberEnv({ min: 1, max: 20 }, 5),
  TTL: wholeNumberEnv({ min: 60, unit: 'seconds' }),
  URL: unsetWhenEmpty(z.string().url().optional()),
});

describe('environment values', () => {
  it('reads whole numbers and takes the default when a variable is unset or empty', () => {
    expect(loadConfig(env, { ATTEMPTS: '7', TTL: '90' })).toEqual({ ATTEMPTS: 7, TTL: 90 });
    expect(loadConfig(env, {})).toEqual({ ATTEMPTS: 5 });
    expect(loadConfig(env, { ATTEMPTS: '', TTL: '', URL: '' })).toEqual({ ATTEMPTS: 5 });
  });

  it('names the variable and the range of every bad value', () => {
    const load = (values: Record<string, string>) => () => loadConfig(env, values);
    expect(load({ ATTEMPTS: 'many' })).toThrow('ATTEMPTS: must be a whole number from 1 to 20');
    expect(load({ ATTEMPTS: '2.5' })).toThrow('ATTEMPTS: must be a whole number from 1 to 20');
    expect(load({ ATTEMPTS: '21' })).toThrow('ATTEMPTS: must be a whole number from 1 to 20');
    expect(load({ TTL: '59' })).toThrow('TTL: must be a whole number of seconds 60 or more');
    expect(load({ ATTEMPTS: '0', URL: 'nope' })).toThrow(/ATTEMPTS[\s\S]*URL/);
  });
});
