import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { INHERIT_CACHE_HINT } from './cache-hints';
import { badUserInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@Directive('@shareable')
@Directive(INHERIT_CACHE_HINT)
@ObjectType({ description: 'Relay pagination state of a connection.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item on this page; pass it as `after`.',
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Declares `<Name>Edge` and `<Name>Connection` for a node type. Shareable, because several subgraphs may return
 * the same connection (products and search both return ProductConnection).
 */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string, description: string) {
  @Directive('@shareable')
  @Directive(INHERIT_CACHE_HINT)
  @ObjectType(`${name}Edge`, { description: `An edge of a ${name}Connection.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this node.' })
    cursor!: string;

    @Field(() => node, { description: 'The item.' })
    node!: T;
  }

  @Directive('@shareable')
  @Directive(INHERIT_CACHE_HINT)
  @ObjectType(`${name}Connection`, { description })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'Items with their cursors.' })
    edges!: EdgeType[];

    @Field(() => [node], { description: 'The items of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Pagination state.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Validates `first` against the cap, with a message that says what is allowed. */
export function pageSize(first: number | null | undefined, max = MAX_PAGE_SIZE): number {
  if (first === null || first === undefined) return Math.min(DEFAULT_PAGE_SIZE, max);
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badUserInput(`"first" must be between 1 and ${max}; got ${first}`, ['first']);
  }
  return first;
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Decodes a cursor made by encodeCursor; a tampered or foreign cursor is a BAD_USER_INPUT, not a crash. */
export function decodeCursor<T>(cursor: string, isValid: (value: unknown) => value is T): T {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw badUserInput('"after" is not a valid cursor', ['after']);
}

/**
 * Builds a connection from a page fetched with `take = size + 1` (the extra row only says whether another
 * page exists).
 */
export function toConnection<T>(
  rows: T[],
  size: number,
  totalCount: number,
  cursorOf: (row: T) => string,
): Connection<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: rows.length > size,
      endCursor: edges.length ? edges[edges.length - 1]!.cursor : null,
    }),
  };
}
