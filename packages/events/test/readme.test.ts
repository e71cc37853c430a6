import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outboxNotifyTriggerSql } from '../src';

describe('README', () => {
  it('shows the exact trigger SQL services paste into their migrations', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(outboxNotifyTriggerSql().trim());
  });
});
