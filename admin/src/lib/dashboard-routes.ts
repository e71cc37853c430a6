import type { Role } from '@msa/web-kit/session-store';

/** The roles that may use the dashboard at all, least privileged first. */
export type DashboardRole = 'STAFF' | 'ADMIN';

export interface DashboardRoute {
  href: string;
  label: string;
  /** The least role that may open the page: what the API lets that role read there. */
  role: DashboardRole;
}

/**
 * Every dashboard area and who may open it, mirroring the API's guards: staff may read orders, returns, users,
 * stock, promotions, reviews and notifications; catalogue editing, analytics and dead letters are for
 * administrators only.
 */
export const DASHBOARD_ROUTES: readonly DashboardRoute[] = [
  { href: '/', label: 'Overview', role: 'STAFF' },
  { href: '/orders', label: 'Orders', role: 'STAFF' },
  { href: '/returns', label: 'Returns', role: 'STAFF' },
  { href: '/products', label: 'Products', role: 'ADMIN' },
  { href: '/categories', label: 'Categories', role: 'ADMIN' },
  { href: '/stock', label: 'Stock', role: 'STAFF' },
  { href: '/users', label: 'Users', role: 'STAFF' },
  { href: '/promotions', label: 'Promotions', role: 'STAFF' },
  { href: '/reviews', label: 'Reviews', role: 'STAFF' },
  { href: '/notifications', label: 'Notifications', role: 'STAFF' },
  { href: '/tax-rates', label: 'Tax rates', role: 'ADMIN' },
  // Sales figures are staff-readable, but the page also shows search analytics (`searchAnalytics`: admin only).
  { href: '/analytics', label: 'Analytics', role: 'ADMIN' },
  { href: '/dead-letters', label: 'Dead letters', role: 'ADMIN' },
];

/**
 * What changes data: every mutation the dashboard sends is for administrators only (`requireAdmin` in the
 * subgraphs), so staff see these actions hidden rather than refused.
 */
export type DashboardAction =
  | 'cancelOrder'
  | 'refundPayment'
  | 'updateShipmentStatus'
  | 'reviewReturn'
  | 'setUserRole'
  | 'disableUser'
  | 'adjustStock'
  | 'managePromotions'
  | 'moderateReviews'
  | 'editNotificationTemplates'
  | 'retryNotificationDeliveries';

const ACTION_ROLES: Record<DashboardAction, DashboardRole> = {
  cancelOrder: 'ADMIN',
  refundPayment: 'ADMIN',
  updateShipmentStatus: 'ADMIN',
  reviewReturn: 'ADMIN',
  setUserRole: 'ADMIN',
  disableUser: 'ADMIN',
  adjustStock: 'ADMIN',
  managePromotions: 'ADMIN',
  moderateReviews: 'ADMIN',
  editNotificationTemplates: 'ADMIN',
  retryNotificationDeliveries: 'ADMIN',
};

const RANK: Record<DashboardRole, number> = { STAFF: 1, ADMIN: 2 };

function rankOf(role: Role): number {
  return role === 'ADMIN' || role === 'STAFF' ? RANK[role] : 0;
}

function satisfies(role: Role, required: DashboardRole): boolean {
  return rankOf(role) >= RANK[required];
}

/** The dashboard area a path belongs to: the longest matching route prefix (`/orders/abc` → `/orders`). */
export function routeOf(pathname: string): DashboardRoute | null {
  let best: DashboardRoute | null = null;
  for (const route of DASHBOARD_ROUTES) {
    const matches =
      route.href === '/'
        ? pathname === '/'
        : pathname === route.href || pathname.startsWith(`${route.href}/`);
    if (matches && (!best || route.href.length > best.href.length)) best = route;
  }
  return best;
}

/** May `role` open `pathname`? Paths outside the table (e.g. unknown pages) are for administrators. */
export function mayOpen(role: Role, pathname: string): boolean {
  return satisfies(role, routeOf(pathname)?.role ?? 'ADMIN');
}

/** The navigation entries `role` sees. */
export function navigationFor(role: Role): DashboardRoute[] {
  return DASHBOARD_ROUTES.filter((route) => satisfies(role, route.role));
}

/** May `role` perform `action`? */
export function mayPerform(role: Role, action: DashboardAction): boolean {
  return satisfies(role, ACTION_ROLES[action]);
}

/** Whether `pathname` is the current entry's page or one below it. */
export function isActiveRoute(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
