import { decodeCursor, encodeCursor } from '@msa/subgraph-kit';

/** Orders a customer can pick for a product's reviews. */
export const REVIEW_SORTS = ['NEWEST', 'MOST_HELPFUL', 'RATING_HIGH', 'RATING_LOW'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

/** Every order a list of reviews comes in; the moderation queue is first come, first served. */
export type ReviewOrder = ReviewSort | 'OLDEST';

export type SortField = 'helpfulCount' | 'rating' | 'createdAt' | 'id';
export interface SortKey {
  field: SortField;
  direction: 'asc' | 'desc';
}

/** Each order ends in (createdAt, id), so it is total and a cursor names exactly one position. */
export const REVIEW_ORDERS: Readonly<Record<ReviewOrder, readonly SortKey[]>> = {
  NEWEST: [
    { field: 'createdAt', direction: 'desc' },
    { field: 'id', direction: 'desc' },
  ],
  MOST_HELPFUL: [
    { field: 'helpfulCount', direction: 'desc' },
    { field: 'createdAt', direction: 'desc' },
    { field: 'id', direction: 'desc' },
  ],
  RATING_HIGH: [
    { field: 'rating', direction: 'desc' },
    { field: 'createdAt', direction: 'desc' },
    { field: 'id', direction: 'desc' },
  ],
  RATING_LOW: [
    { field: 'rating', direction: 'asc' },
    { field: 'createdAt', direction: 'desc' },
    { field: 'id', direction: 'desc' },
  ],
  OLDEST: [
    { field: 'createdAt', direction: 'asc' },
    { field: 'id', direction: 'asc' },
  ],
};

export interface SortableReview {
  id: string;
  createdAt: Date;
  rating: number;
  helpfulCount: number;
}

/** Where a page ends: the sort keys of its last review with their values. */
export type KeysetPosition = (SortKey & { value: number | string | Date })[];

type CursorValue = number | string;
interface ReviewCursorData {
  o: ReviewOrder;
  v: CursorValue[];
}

function cursorValue(review: SortableReview, field: SortField): CursorValue {
  return field === 'createdAt' ? review.createdAt.toISOString() : review[field];
}

export function reviewCursor(order: ReviewOrder, review: SortableReview): string {
  const data: ReviewCursorData = {
    o: order,
    v: REVIEW_ORDERS[order].map((key) => cursorValue(review, key.field)),
  };
  return encodeCursor(data);
}

function isValidValue(field: SortField, value: unknown): boolean {
  if (field === 'createdAt') return typeof value === 'string' && !Number.isNaN(Date.parse(value));
  if (field === 'id') return typeof value === 'string';
  return typeof value === 'number' && Number.isInteger(value);
}

/**
 * The position an `after` cursor names. A cursor from another order (the client changed the sort but kept
 * its cursor) is rejected like any malformed one: it would silently skip or repeat reviews.
 */
export function positionAfter(order: ReviewOrder, after: string): KeysetPosition {
  const keys = REVIEW_ORDERS[order];
  const isCursor = (value: unknown): value is ReviewCursorData => {
    const data = value as Partial<ReviewCursorData> | null;
    return (
      typeof data === 'object' &&
      data !== null &&
      data.o === order &&
      Array.isArray(data.v) &&
      data.v.length === keys.length &&
      keys.every((key, i) => isValidValue(key.field, data.v![i]))
    );
  };
  const data = decodeCursor(after, isCursor);
  return keys.map((key, i) => {
    const raw = data.v[i]!;
    return { ...key, value: key.field === 'createdAt' ? new Date(raw) : raw };
  });
}

function compareValues(a: number | string | Date, b: number | string | Date): number {
  const left = a instanceof Date ? a.getTime() : a;
  const right = b instanceof Date ? b.getTime() : b;
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

/** The order as a comparator, for sorting in memory exactly as the database does. */
export function compareReviews(order: ReviewOrder): (a: SortableReview, b: SortableReview) => number {
  return (a, b) => {
    for (const key of REVIEW_ORDERS[order]) {
      const result = compareValues(a[key.field], b[key.field]);
      if (result !== 0) return key.direction === 'asc' ? result : -result;
    }
    return 0;
  };
}

export interface KeysetComparison {
  field: SortField;
  op: 'eq' | 'lt' | 'gt';
  value: number | string | Date;
}

/**
 * "Comes after `position`" as a disjunction of conjunctions, the shape a WHERE clause needs: for keys
 * (k1, k2, k3) it is k1 beyond v1, OR k1 = v1 AND k2 beyond v2, OR k1 = v1 AND k2 = v2 AND k3 beyond v3, where
 * "beyond" is > for ascending and < for descending keys.
 */
export function keysetCondition(position: KeysetPosition): KeysetComparison[][] {
  return position.map((key, i) => [
    ...position
      .slice(0, i)
      .map((equal): KeysetComparison => ({ field: equal.field, op: 'eq', value: equal.value })),
    { field: key.field, op: key.direction === 'asc' ? 'gt' : 'lt', value: key.value },
  ]);
}
