/** The account pages, in the order the account menu and the phone drawer list them. */
export const ACCOUNT_LINKS = [
  { href: '/account', label: 'Profile' },
  { href: '/account/orders', label: 'My orders' },
  { href: '/account/addresses', label: 'Addresses' },
  { href: '/account/notifications', label: 'Notifications' },
  { href: '/account/privacy', label: 'Privacy' },
] as const;
