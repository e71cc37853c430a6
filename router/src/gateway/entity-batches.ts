/**
 * Concurrent entity fetches of one shape sent as one call. Apollo Gateway sends an `_entities` request for each
 * fetch of each client request, so fifty shoppers loading the same listing at once make fifty calls to a
 * subgraph where one would answer them all. Fetches with the same key (subgraph, operation text, the other
 * variables, nobody signed in) that arrive in the same turn of the event loop are joined: their
 * representations concatenated, the answer split back by position. Nothing waits past that turn, so a lone
 * fetch is sent as it was.
 */

export interface EntitiesAnswer {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number> }>;
}

/**
 * What makes entity fetches joinable, or null for one that is sent alone: only `_entities` fetches of
 * anonymous callers (nothing a subgraph answers may depend on who asks, as for in-flight deduplication),
 * with the same operation text and the same variables besides the representations.
 */
export function entityBatchKey(
  request: { query?: string; variables?: Record<string, unknown> },
  authorization: string | undefined,
): string | null {
  const { query, variables } = request;
  if (authorization || !query || !Array.isArray(variables?.representations)) return null;
  const { representations: _representations, ...others } = variables;
  return JSON.stringify([query, others]);
}

export interface JoinedRepresentations {
  representations: unknown[];
  /** Where each fetch's representations start in the joined list, and how many it has. */
  slices: { offset: number; length: number }[];
}

export function joinRepresentations(lists: readonly unknown[][]): JoinedRepresentations {
  let offset = 0;
  const slices = lists.map((list) => {
    const slice = { offset, length: list.length };
    offset += list.length;
    return slice;
  });
  return { representations: lists.flat(), slices };
}

/**
 * The joined answer as each fetch's own: its part of `_entities`, the errors about its entities (renumbered)
 * and every error that names no entity. An answer of another shape (no `_entities` list of the joined length)
 * goes to every fetch as it is, for the gateway to report as it would have.
 */
export function splitEntities<T extends EntitiesAnswer>(
  answer: T,
  slices: readonly { offset: number; length: number }[],
): T[] {
  const entities = answer.data?._entities;
  const total = slices.reduce((sum, slice) => sum + slice.length, 0);
  if (!Array.isArray(entities) || entities.length !== total) return slices.map(() => answer);
  return slices.map(({ offset, length }) => {
    const errors = answer.errors?.flatMap((error) => {
      const path = error.path;
      if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
      const position = path[1] - offset;
      if (position < 0 || position >= length) return [];
      return [{ ...error, path: ['_entities', position, ...path.slice(2)] }];
    });
    return {
      ...answer,
      data: { ...answer.data, _entities: entities.slice(offset, offset + length) },
      ...(errors ? { errors: errors.length ? errors : undefined } : {}),
    };
  });
}

interface Pending<Options, Answer> {
  options: Options;
  representations: unknown[];
  resolve: (answer: Answer) => void;
  reject: (error: unknown) => void;
}

/**
 * Collects joinable fetches per key for one turn of the event loop, then sends each group once through
 * `send`: given the group's options, and the joined representations (null for a fetch alone, sent as it is).
 */
export class EntityFetchBatches<Options, Answer extends EntitiesAnswer> {
  private readonly pending = new Map<string, Pending<Options, Answer>[]>();

  constructor(
    private readonly send: (
      fetches: readonly Options[],
      representations: unknown[] | null,
    ) => Promise<Answer>,
  ) {}

  /** Sends the fetch with the next ones of the same key; `representations` are the fetch's own. */
  add(key: string, options: Options, representations: unknown[]): Promise<Answer> {
    return new Promise((resolve, reject) => {
      let group = this.pending.get(key);
      if (!group) {
        group = [];
        this.pending.set(key, group);
        setImmediate(() => void this.flush(key));
      }
      group.push({ options, representations, resolve, reject });
    });
  }

  private async flush(key: string): Promise<void> {
    const group = this.pending.get(key) ?? [];
    this.pending.delete(key);
    if (group.length === 1) {
      const [only] = group;
      this.send([only!.options], null).then(only!.resolve, only!.reject);
      return;
    }
    const joined = joinRepresentations(group.map((fetch) => fetch.representations));
    try {
      const options = group.map((fetch) => fetch.options);
      const answers = splitEntities(await this.send(options, joined.representations), joined.slices);
      group.forEach((fetch, index) => fetch.resolve(answers[index]!));
    } catch (error) {
      for (const fetch of group) fetch.reject(error);
    }
  }
}
