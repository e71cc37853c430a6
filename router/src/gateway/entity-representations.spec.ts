import { describe, expect, it } from 'vitest';
import { spreadEntities, uniqueRepresentations } from './entity-representations';

const product = (upc: string) => ({ __typename: 'Product', upc });

describe('entity representations sent once each', () => {
  it('keeps the distinct representations in first-seen order and where each position reads its answer', () => {
    const distinct = uniqueRepresentations({
      representations: [product('1'), product('2'), product('1'), product('1')],
    });
    expect(distinct).toEqual({ unique: [product('1'), product('2')], indexOf: [0, 1, 0, 0] });
  });

  it('leaves fetches without duplicates, or without representations, alone', () => {
    expect(uniqueRepresentations({ representations: [product('1'), product('2')] })).toBeNull();
    expect(uniqueRepresentations({ first: 2 })).toBeNull();
    expect(uniqueRepresentations(undefined)).toBeNull();
  });

  it("spreads the answer and each entity's errors back over every position that asked for it", () => {
    const distinct = uniqueRepresentations({
      representations: [product('1'), product('2'), product('1')],
    })!;
    const answer = spreadEntities(
      {
        data: { _entities: [{ name: 'One' }, null] },
        errors: [
          { message: 'gone', path: ['_entities', 1, 'name'] },
          { message: 'slow', path: ['_entities', 0] },
          { message: 'other' },
        ],
      },
      distinct,
    );
    expect(answer.data).toEqual({ _entities: [{ name: 'One' }, null, { name: 'One' }] });
    expect(answer.errors).toEqual([
      { message: 'gone', path: ['_entities', 1, 'name'] },
      { message: 'slow', path: ['_entities', 0] },
      { message: 'slow', path: ['_entities', 2] },
      { message: 'other' },
    ]);
  });

  it('returns an answer of another shape unchanged, for the gateway to report', () => {
    const distinct = uniqueRepresentations({ representations: [product('1'), product('1')] })!;
    const broken = { data: { _entities: [] }, errors: [{ message: 'boom' }] };
    expect(spreadEntities(broken, distinct)).toBe(broken);
  });
});
