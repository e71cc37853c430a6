import { describe, expect, it } from 'vitest';
import { readCachedResponse, writeCachedResponse } from './cached-response';

describe('cached responses', () => {
  it('reads back what was written, JSON with spaces included', () => {
    const entry = {
      generation: '42',
      storedAt: 1_765_000_000_000,
      dataJson: '{"products":[{"name":"A mug"}]}',
    };
    expect(readCachedResponse(writeCachedResponse(entry))).toEqual(entry);
  });

  it('reads anything else as no entry', () => {
    expect(readCachedResponse('{"data":{},"storedAt":1}')).toBeUndefined();
    expect(readCachedResponse('3 soon {"a":1}')).toBeUndefined();
    expect(readCachedResponse('3 17')).toBeUndefined();
    expect(readCachedResponse('3 17 null')).toBeUndefined();
  });
});
