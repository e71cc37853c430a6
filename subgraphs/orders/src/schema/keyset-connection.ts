import { decodeCursor, encodeCursor, pageSize, toConnection } from '@msa/subgraph-kit';
import type { KeysetCursor } from '../data/keyset';

function isKeysetCursor(value: unknown): value is KeysetCursor {
  const cursor = value as Partial<KeysetCursor> | null;
  return (
    typeof cursor?.createdAt === 'string' &&
    !Number.isNaN(Date.parse(cursor.createdAt)) &&
    typeof cursor.id === 'string'
  );
}

/**
 * One page of a newest-first list as a Relay connection: `load` fetches `take` rows (one more than the page,
 * to know whether another follows) after the decoded cursor; `toNode` maps a row to its GraphQL object.
 */
export async function keysetConnection<Row extends { createdAt: Date; id: string }, Node>(
  first: number | null | undefined,
  after: string | null | undefined,
  load: (take: number, cursor: KeysetCursor | null) => Promise<{ rows: Row[]; total: number }>,
  toNode: (row: Row) => Node,
) {
  const size = pageSize(first);
  const { rows, total } = await load(size + 1, after ? decodeCursor(after, isKeysetCursor) : null);
  const cursorOf = (row: Row) =>
    encodeCursor({ createdAt: row.createdAt.toISOString(), id: row.id } satisfies KeysetCursor);
  const connection = toConnection(rows, size, total, cursorOf);
  return {
    ...connection,
    nodes: connection.nodes.map(toNode),
    edges: connection.edges.map((edge) => ({ ...edge, node: toNode(edge.node) })),
  };
}
