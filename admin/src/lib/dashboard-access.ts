import type { Role } from '@msa/web-kit/session-store';

export type DashboardAccess = { allowed: true } | { allowed: false; message: string };

/** Only administrators use the dashboard; everyone else is told why, in terms of their own account. */
export function dashboardAccess(role: Role): DashboardAccess {
  switch (role) {
    case 'ADMIN':
      return { allowed: true };
    case 'STAFF':
      return {
        allowed: false,
        message:
          'This is a staff account. The dashboard is for administrators; ask one to give you the ADMIN role.',
      };
    case 'CUSTOMER':
      return {
        allowed: false,
        message:
          'This is a customer account. The dashboard is for administrators only; shop and see your orders in the storefront.',
      };
    default:
      return { allowed: false, message: 'This account cannot use the dashboard.' };
  }
}
