import type { Role } from '@msa/web-kit/session-store';

export type DashboardAccess = { allowed: true } | { allowed: false; message: string };

/**
 * Administrators and staff use the dashboard (staff see only what they may do, see `dashboard-routes`);
 * everyone else is told why not, in terms of their own account.
 */
export function dashboardAccess(role: Role): DashboardAccess {
  switch (role) {
    case 'ADMIN':
    case 'STAFF':
      return { allowed: true };
    case 'CUSTOMER':
      return {
        allowed: false,
        message:
          'This is a customer account. The dashboard is for staff and administrators; shop and see your orders in the storefront.',
      };
    default:
      return { allowed: false, message: 'This account cannot use the dashboard.' };
  }
}
