import { ORDER_STATUSES, type OrderStatusName } from '@msa/web-kit/order-status';

/** The filters of the orders list as they appear in the address bar (`?status=…&from=…&to=…`). */
export interface OrderFilters {
  status: OrderStatusName | null;
  /** First day, `YYYY-MM-DD`, inclusive. */
  from: string | null;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  to: string | null;
}

export const NO_ORDER_FILTERS: OrderFilters = { status: null, from: null, to: null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | null): string | null {
  if (!value || !DAY.test(value)) return null;
  return Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? null : value;
}

/** Filters from the query string; anything unreadable is left out rather than guessed. */
export function orderFiltersFromSearch(params: URLSearchParams): OrderFilters {
  const status = params.get('status');
  return {
    status: ORDER_STATUSES.includes(status as OrderStatusName) ? (status as OrderStatusName) : null,
    from: day(params.get('from')),
    to: day(params.get('to')),
  };
}

/** The query string for `filters`, without the empty ones (`''` when there are none). */
export function orderFiltersToSearch(filters: OrderFilters): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A stable name for the filters, to restart paging when they change. */
export function orderFiltersKey(filters: OrderFilters): string {
  return orderFiltersToSearch(filters);
}

/**
 * The API's `OrdersFilter`: whole days in the viewer's time zone, `to` up to the end of its day. Null when
 * nothing is filtered.
 */
export function toOrdersFilter(
  filters: OrderFilters,
): { status?: OrderStatusName; from?: string; to?: string } | null {
  const result: { status?: OrderStatusName; from?: string; to?: string } = {};
  if (filters.status) result.status = filters.status;
  if (filters.from) result.from = new Date(`${filters.from}T00:00:00`).toISOString();
  if (filters.to)
    result.to = new Date(new Date(`${filters.to}T00:00:00`).getTime() + 86_400_000).toISOString();
  return Object.keys(result).length > 0 ? result : null;
}
