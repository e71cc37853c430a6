import type { Identity } from '@msa/auth';
import { isStaffOrAdmin } from '@msa/auth';
import { forbidden, notFound } from '@msa/subgraph-kit';
import type { OrdersDb } from '../data/database';
import type { KeysetCursor } from '../data/keyset';
import { findReturn, findReturnsOfOrders, listReturns, type ReturnListFilter } from '../data/return.repo';
import type { ReturnRecord } from '../domain/return';

export interface ReturnQueries {
  /** The return for its customer or staff; NOT_FOUND when it does not exist, FORBIDDEN for anyone else. */
  entry(viewer: Identity, id: string): Promise<ReturnRecord>;
  /** Returns of each order, oldest first, for orders the viewer was already allowed to see. */
  ofOrders(orderIds: readonly string[]): Promise<ReturnRecord[][]>;
  page(
    filter: ReturnListFilter,
    take: number,
    after: KeysetCursor | null,
  ): Promise<{ rows: ReturnRecord[]; total: number }>;
}

export function createReturnQueries(db: OrdersDb): ReturnQueries {
  return {
    async entry(viewer, id) {
      const entry = await findReturn(db, id);
      if (!entry) throw notFound('Return');
      if (entry.customerId !== viewer.userId && !isStaffOrAdmin(viewer))
        throw forbidden('This return belongs to another customer');
      return entry;
    },
    async ofOrders(orderIds) {
      const rows = await findReturnsOfOrders(db, orderIds);
      return orderIds.map((id) => rows.filter((row) => row.orderId === id));
    },
    page: (filter, take, after) => listReturns(db, filter, take, after),
  };
}
