import { decodeCursor, encodeCursor, toConnection } from '@msa/subgraph-kit';

/** The keyset cursor of every list here: newest first by (createdAt, id). */
export interface TimeCursor {
  createdAt: string;
  id: string;
}

function isTimeCursor(value: unknown): value is TimeCursor {
  const cursor = value as Partial<TimeCursor> | null;
  return (
    typeof cursor?.createdAt === 'string' &&
    !Number.isNaN(Date.parse(cursor.createdAt)) &&
    typeof cursor.id === 'string'
  );
}

export function decodeTimeCursor(after: string | null | undefined): TimeCursor | null {
  return after ? decodeCursor(after, isTimeCursor) : null;
}

/** A connection of mapped nodes from rows fetched with `take = size + 1`. */
export function timeConnection<R extends { id: string; createdAt: Date }, N>(
  rows: R[],
  size: number,
  total: number,
  map: (row: R) => N,
) {
  const connection = toConnection(rows, size, total, (row) =>
    encodeCursor({ createdAt: row.createdAt.toISOString(), id: row.id } satisfies TimeCursor),
  );
  return {
    ...connection,
    nodes: connection.nodes.map(map),
    edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })),
  };
}
