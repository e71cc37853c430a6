/**
 * Apollo Gateway sends a subgraph every entity of an `_entities` fetch, duplicates included: the same product
 * reached through twenty reviews is sent, resolved and answered twenty times. These send each distinct
 * representation once and spread the answer back over the positions the gateway expects.
 */

export interface UniqueRepresentations {
  /** The distinct representations, in first-seen order. */
  unique: unknown[];
  /** For each representation the gateway sent, the index of its answer in `unique`. */
  indexOf: number[];
}

/** The distinct representations of `variables.representations`, or null when there are none to save. */
export function uniqueRepresentations(
  variables: Record<string, unknown> | undefined,
): UniqueRepresentations | null {
  const representations = variables?.representations;
  if (!Array.isArray(representations) || representations.length < 2) return null;
  const seen = new Map<string, number>();
  const unique: unknown[] = [];
  const indexOf = representations.map((representation) => {
    const key = JSON.stringify(representation);
    let index = seen.get(key);
    if (index === undefined) {
      index = unique.length;
      seen.set(key, index);
      unique.push(representation);
    }
    return index;
  });
  return unique.length === representations.length ? null : { unique, indexOf };
}

interface EntitiesResponse {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number> }>;
}

/**
 * The subgraph's answer to the distinct representations as the answer to all of them: `_entities` repeated
 * in the gateway's order, and each error about entity `i` repeated for every position that asked for it. An
 * answer of another shape (no `_entities` list of the expected length) is returned as it is, for the gateway
 * to report as it would have.
 */
export function spreadEntities<T extends EntitiesResponse>(
  response: T,
  { unique, indexOf }: UniqueRepresentations,
): T {
  const entities = response.data?._entities;
  if (!Array.isArray(entities) || entities.length !== unique.length) return response;
  const positions = new Map<number, number[]>();
  indexOf.forEach((u, position) => {
    const list = positions.get(u);
    if (list) list.push(position);
    else positions.set(u, [position]);
  });
  const errors = response.errors?.flatMap((error) => {
    const path = error.path;
    if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
    return (positions.get(path[1]) ?? [path[1]]).map((position) => ({
      ...error,
      path: ['_entities', position, ...path.slice(2)],
    }));
  });
  return {
    ...response,
    data: { ...response.data, _entities: indexOf.map((u) => entities[u]) },
    ...(errors ? { errors } : {}),
  };
}
