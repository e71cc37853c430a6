import type { Identity } from '@msa/auth';
import { hasServiceScope, isStaffOrAdmin } from '@msa/auth';
import { badUserInput, DEFAULT_CURRENCY, forbidden, isCurrencyCode, notFound } from '@msa/subgraph-kit';
import type { OrdersDb } from '../data/database';
import { findOrder, findOrders } from '../data/order.repo';
import type { KeysetCursor } from '../data/keyset';
import {
  dailyRefunds,
  dailySales,
  listOrders,
  salesTotals,
  type OrderListFilter,
} from '../data/order-list.repo';
import type { OrderRecord } from '../domain/order';
import { REVENUE_STATUSES } from '../domain/order-status';
import { salesSeries, SERIES_STATUSES, type SalesInterval, type SalesPeriod } from '../domain/sales-series';
import { salesFigures, salesPeriodProblem, type SalesFigures } from '../domain/sales-stats';

export interface OrderPage {
  rows: OrderRecord[];
  total: number;
}

export interface OrderQueries {
  /** The order for its owner or staff; NOT_FOUND when it does not exist, FORBIDDEN for anyone else. */
  order(viewer: Identity, id: string): Promise<OrderRecord>;
  /** Orders by id for entity references, already filtered to what the viewer may see. */
  visibleOrders(viewer: Identity, ids: readonly string[]): Promise<(OrderRecord | Error)[]>;
  page(filter: OrderListFilter, take: number, after: KeysetCursor | null): Promise<OrderPage>;
  salesStats(
    from: Date,
    to: Date,
    currency?: string,
    interval?: SalesInterval,
  ): Promise<SalesFigures & { currency: string; series: SalesPeriod[] }>;
  /** The current order, whoever asks: for live updates after access was checked at subscribe time. */
  current(id: string): Promise<OrderRecord | null>;
}

export function canView(viewer: Identity, order: OrderRecord): boolean {
  if (viewer.kind === 'service') return hasServiceScope(viewer, 'orders:read');
  return order.customerId === viewer.userId || isStaffOrAdmin(viewer);
}

export function createOrderQueries(db: OrdersDb): OrderQueries {
  return {
    async order(viewer, id) {
      const order = await findOrder(db, id);
      if (!order) throw notFound('Order');
      if (!canView(viewer, order)) throw forbidden('This order belongs to another customer');
      return order;
    },
    async visibleOrders(viewer, ids) {
      const found = new Map((await findOrders(db, ids)).map((order) => [order.id, order]));
      return ids.map((id) => {
        const order = found.get(id);
        if (!order) return notFound('Order');
        return canView(viewer, order) ? order : forbidden('This order belongs to another customer');
      });
    },
    page: (filter, take, after) => listOrders(db, filter, take, after),
    async salesStats(from, to, currency = DEFAULT_CURRENCY, interval = 'DAY') {
      const problem = salesPeriodProblem(from, to);
      if (problem) throw badUserInput(problem, ['from']);
      if (!isCurrencyCode(currency))
        throw badUserInput('currency must be a three-letter ISO 4217 code such as USD.', ['currency']);
      const [totals, sales, refunds] = await Promise.all([
        salesTotals(db, REVENUE_STATUSES, currency, from, to),
        dailySales(db, SERIES_STATUSES, currency, from, to),
        dailyRefunds(db, SERIES_STATUSES, currency, from, to),
      ]);
      return {
        ...salesFigures(totals.count, totals.revenue),
        currency,
        series: salesSeries(from, to, interval, sales, refunds),
      };
    },
    current: (id) => findOrder(db, id),
  };
}
