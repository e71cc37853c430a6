import { describe, expect, it } from 'vitest';
import { preWrittenData, sharedResultJson } from './result-json';

describe('sharedResultJson', () => {
  it('writes a shared result once and hands the same text to every request that shares it', () => {
    let reads = 0;
    const data = {
      get products() {
        reads += 1;
        return [{ id: 'p1' }];
      },
    };
    const json = sharedResultJson();
    const first = json({ data });
    expect(json({ data })).toBe(first);
    expect(first).toBe('{"data":{"products":[{"id":"p1"}]}}\n');
    expect(reads).toBe(1);
  });

  it('writes afresh when the errors or extensions differ, or for another result', () => {
    const json = sharedResultJson();
    const data = { ok: true };
    json({ data });
    expect(json({ data, errors: [{ message: 'partial' }] })).toBe(
      '{"data":{"ok":true},"errors":[{"message":"partial"}]}\n',
    );
    expect(json({ data: { ok: false } })).toBe('{"data":{"ok":false}}\n');
    expect(json({ errors: [{ message: 'no data' }] })).toBe('{"errors":[{"message":"no data"}]}\n');
  });
});

describe('preWrittenData', () => {
  it('is sent as the JSON it stands for, alone or beside errors and extensions', () => {
    const json = sharedResultJson();
    const stored = '{"products":[{"id":"p1","name":"Mug"}]}';
    expect(json({ data: preWrittenData(stored) })).toBe(`{"data":${stored}}\n`);
    expect(json({ data: preWrittenData(stored), extensions: { age: 3 } })).toBe(
      `{"data":${stored},"extensions":{"age":3}}\n`,
    );
  });
});
