import { describe, expect, it } from 'vitest';
import {
  entityBatchKey,
  EntityFetchBatches,
  joinRepresentations,
  splitEntities,
  type EntitiesAnswer,
} from './entity-batches';

const QUERY =
  'query($representations:[_Any!]!){_entities(representations:$representations){...on Account{name}}}';
const account = (id: string) => ({ __typename: 'Account', id });

describe('entityBatchKey', () => {
  it('joins anonymous entity fetches with the same operation and the same other variables', () => {
    const a = entityBatchKey(
      { query: QUERY, variables: { representations: [account('a1')], first: 2 } },
      undefined,
    );
    const b = entityBatchKey(
      { query: QUERY, variables: { representations: [account('a2')], first: 2 } },
      undefined,
    );
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(
      entityBatchKey({ query: QUERY, variables: { representations: [], first: 3 } }, undefined),
    ).not.toBe(a);
  });

  it('sends alone what is not an entity fetch, or is made for someone signed in', () => {
    expect(entityBatchKey({ query: '{ posts { id } }', variables: {} }, undefined)).toBeNull();
    expect(
      entityBatchKey({ query: QUERY, variables: { representations: [account('a1')] } }, 'Bearer t'),
    ).toBeNull();
  });
});

describe('splitEntities', () => {
  const { representations, slices } = joinRepresentations([[account('a1'), account('a2')], [account('a3')]]);

  it('gives each fetch its own entities and the errors about them, renumbered', () => {
    expect(representations).toEqual([account('a1'), account('a2'), account('a3')]);
    const answer: EntitiesAnswer = {
      data: { _entities: [{ name: 'One' }, null, { name: 'Three' }] },
      errors: [
        { message: 'a2 is gone', path: ['_entities', 1, 'name'] },
        { message: 'a3 is slow', path: ['_entities', 2] },
        { message: 'about everything' },
      ],
    };
    expect(splitEntities(answer, slices)).toEqual([
      {
        data: { _entities: [{ name: 'One' }, null] },
        errors: [{ message: 'a2 is gone', path: ['_entities', 1, 'name'] }, { message: 'about everything' }],
      },
      {
        data: { _entities: [{ name: 'Three' }] },
        errors: [{ message: 'a3 is slow', path: ['_entities', 0] }, { message: 'about everything' }],
      },
    ]);
  });

  it('leaves out an empty error list, and hands an answer of another shape to every fetch as it is', () => {
    const clean = splitEntities(
      { data: { _entities: [{}, {}, {}] }, errors: [{ message: 'x', path: ['_entities', 2] }] },
      slices,
    );
    expect(clean[0]!.errors).toBeUndefined();
    const broken = { data: null, errors: [{ message: 'subgraph failed' }] };
    expect(splitEntities(broken, slices)).toEqual([broken, broken]);
  });
});

describe('EntityFetchBatches', () => {
  /** A subgraph that names each account it is asked for and records every call. */
  function subgraph() {
    const calls: { fetches: string[]; representations: unknown[] | null }[] = [];
    const batches = new EntityFetchBatches<{ name: string; representations: unknown[] }, EntitiesAnswer>(
      async (fetches, joined) => {
        calls.push({ fetches: fetches.map((fetch) => fetch.name), representations: joined });
        const asked = joined ?? fetches[0]!.representations;
        return { data: { _entities: asked.map((r) => ({ name: (r as { id: string }).id.toUpperCase() })) } };
      },
    );
    const fetch = (key: string, name: string, ids: string[]) => {
      const representations = ids.map(account);
      return batches.add(key, { name, representations }, representations);
    };
    return { calls, fetch };
  }

  it('sends fetches of one key made in the same turn as one call and answers each with its own part', async () => {
    const { calls, fetch } = subgraph();
    const answers = await Promise.all([fetch('k', 'first', ['a1', 'a2']), fetch('k', 'second', ['a3'])]);
    expect(answers).toEqual([
      { data: { _entities: [{ name: 'A1' }, { name: 'A2' }] } },
      { data: { _entities: [{ name: 'A3' }] } },
    ]);
    expect(calls).toEqual([
      { fetches: ['first', 'second'], representations: [account('a1'), account('a2'), account('a3')] },
    ]);
  });

  it('sends a lone fetch as it is, and fetches of other keys or later turns apart', async () => {
    const { calls, fetch } = subgraph();
    await Promise.all([fetch('k', 'alone', ['a1']), fetch('other', 'elsewhere', ['a2'])]);
    await fetch('k', 'later', ['a3']);
    expect(calls).toEqual([
      { fetches: ['alone'], representations: null },
      { fetches: ['elsewhere'], representations: null },
      { fetches: ['later'], representations: null },
    ]);
  });

  it('fails every fetch of a call that failed', async () => {
    const batches = new EntityFetchBatches<string, EntitiesAnswer>(async () => {
      throw new Error('subgraph unavailable');
    });
    const outcomes = await Promise.allSettled([batches.add('k', 'a', [1]), batches.add('k', 'b', [2])]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
  });
});
