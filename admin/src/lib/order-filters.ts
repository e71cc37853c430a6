import { ORDER_STATUSES, type OrderStatusName } from '@msa/web-kit/order-status';

/**
 * The filters of the orders list as they appear in the address bar
 * (`?status=…&from=…&to=…&customer=…&number=…`).
 */
export interface OrderFilters {
  status: OrderStatusName | null;
  /** First day, `YYYY-MM-DD`, inclusive. */
  from: string | null;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  to: string | null;
  /** A customer's user id. */
  customer: string | null;
  /** An order number as typed, e.g. `MSA-100042` or `100042`. */
  number: string | null;
}

export const NO_ORDER_FILTERS: OrderFilters = {
  status: null,
  from: null,
  to: null,
  customer: null,
  number: null,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | null): string | null {
  if (!value || !DAY.test(value)) return null;
  return Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? null : value;
}

function text(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Filters from the query string; anything unreadable is left out rather than guessed. */
export function orderFiltersFromSearch(params: URLSearchParams): OrderFilters {
  const status = params.get('status');
  return {
    status: ORDER_STATUSES.includes(status as OrderStatusName) ? (status as OrderStatusName) : null,
    from: day(params.get('from')),
    to: day(params.get('to')),
    customer: text(params.get('customer')),
    number: text(params.get('number')),
  };
}

/** The query string for `filters`, without the empty ones (`''` when there are none). */
export function orderFiltersToSearch(filters: OrderFilters): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.customer) params.set('customer', filters.customer);
  if (filters.number?.trim()) params.set('number', filters.number.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A stable name for the filters, to restart paging when they change. */
export function orderFiltersKey(filters: OrderFilters): string {
  return orderFiltersToSearch(filters);
}

export interface ApiOrdersFilter {
  status?: OrderStatusName;
  from?: string;
  to?: string;
  customerId?: string;
  number?: string;
}

/**
 * The API's `OrdersFilter`: whole days in the viewer's time zone, `to` up to the end of its day. Null when
 * nothing is filtered.
 */
export function toOrdersFilter(filters: OrderFilters): ApiOrdersFilter | null {
  const result: ApiOrdersFilter = {};
  if (filters.status) result.status = filters.status;
  if (filters.from) result.from = new Date(`${filters.from}T00:00:00`).toISOString();
  if (filters.to) {
    result.to = new Date(new Date(`${filters.to}T00:00:00`).getTime() + 86_400_000).toISOString();
  }
  if (filters.customer) result.customerId = filters.customer;
  if (filters.number) result.number = filters.number;
  return Object.keys(result).length > 0 ? result : null;
}
