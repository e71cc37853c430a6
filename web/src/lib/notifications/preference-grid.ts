export type Category = 'ACCOUNT' | 'ORDER_UPDATES' | 'SHIPPING' | 'PAYMENTS' | 'MARKETING' | 'ADMIN_ALERTS';
export type Channel = 'EMAIL' | 'SMS' | 'PUSH' | 'IN_APP';

export interface PreferenceLike {
  category: Category;
  channel: Channel;
  enabled: boolean;
  required: boolean;
}

export const CATEGORY_LABELS: Record<Category, string> = {
  ACCOUNT: 'Account and security',
  ORDER_UPDATES: 'Order updates',
  SHIPPING: 'Shipping',
  PAYMENTS: 'Payments',
  MARKETING: 'Offers and news',
  ADMIN_ALERTS: 'Store alerts',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  EMAIL: 'Email',
  SMS: 'Text message',
  PUSH: 'Push',
  IN_APP: 'In the app',
};

const CATEGORY_ORDER: Category[] = [
  'ORDER_UPDATES',
  'SHIPPING',
  'PAYMENTS',
  'ACCOUNT',
  'MARKETING',
  'ADMIN_ALERTS',
];
const CHANNEL_ORDER: Channel[] = ['EMAIL', 'IN_APP', 'PUSH', 'SMS'];

export interface PreferenceRow {
  category: Category;
  label: string;
  cells: (PreferenceLike | null)[];
}

/**
 * The preferences as a table: a row per category (in a fixed, familiar order), a column per channel that
 * appears at all; a missing combination is null. Staff-only categories are left out for shoppers.
 */
export function preferenceGrid(
  preferences: readonly PreferenceLike[],
  { includeStaff = false } = {},
): { channels: Channel[]; rows: PreferenceRow[] } {
  const channels = CHANNEL_ORDER.filter((channel) => preferences.some((p) => p.channel === channel));
  const categories = CATEGORY_ORDER.filter(
    (category) =>
      (includeStaff || category !== 'ADMIN_ALERTS') && preferences.some((p) => p.category === category),
  );
  const rows = categories.map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    cells: channels.map(
      (channel) => preferences.find((p) => p.category === category && p.channel === channel) ?? null,
    ),
  }));
  return { channels, rows };
}
