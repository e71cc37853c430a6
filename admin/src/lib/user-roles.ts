import type { Role } from '@msa/web-kit/session-store';

export const USER_ROLES: readonly { value: Role; label: string }[] = [
  { value: 'CUSTOMER', label: 'Customer' },
  { value: 'STAFF', label: 'Staff' },
  { value: 'ADMIN', label: 'Administrator' },
];

export function roleLabel(role: string): string {
  return USER_ROLES.find((entry) => entry.value === role)?.label ?? role;
}

/** What a new role lets the account do, for the confirmation. */
export function roleConsequence(role: string): string {
  switch (role) {
    case 'ADMIN':
      return 'They can change everything in the dashboard, including refunds and other people’s roles.';
    case 'STAFF':
      return 'They can read orders, returns, users and stock in the dashboard, but not change them.';
    default:
      return 'They lose access to the dashboard and can only shop.';
  }
}
