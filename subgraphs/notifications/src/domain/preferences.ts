import {
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_CHANNELS,
  STAFF_CATEGORIES,
  type NotificationCategory,
  type NotificationChannel,
} from './notification-catalog';

export interface StoredPreference {
  category: NotificationCategory;
  channel: NotificationChannel;
  enabled: boolean;
}

export interface Preference extends StoredPreference {
  /** Cannot be switched off (see REQUIRED_CHANNELS). */
  required: boolean;
}

/**
 * Mails a customer cannot opt out of: account and security messages (today the welcome mail that confirms
 * the address an account was opened with; password and sign-in alerts belong here too). Everything else
 * honours the recipient's choice.
 */
export const REQUIRED_CHANNELS: readonly { category: NotificationCategory; channel: NotificationChannel }[] =
  [{ category: 'ACCOUNT', channel: 'EMAIL' }];

/**
 * Defaults when the user chose nothing: marketing is opt-in on every channel but the inbox, text messages
 * only for deliveries (they cost money and interrupt), everything else on.
 */
const DEFAULT_ENABLED: Readonly<
  Record<NotificationCategory, Readonly<Record<NotificationChannel, boolean>>>
> = {
  ACCOUNT: { EMAIL: true, SMS: false, PUSH: true, IN_APP: true },
  ORDER_UPDATES: { EMAIL: true, SMS: false, PUSH: true, IN_APP: true },
  SHIPPING: { EMAIL: true, SMS: true, PUSH: true, IN_APP: true },
  PAYMENTS: { EMAIL: true, SMS: false, PUSH: true, IN_APP: true },
  MARKETING: { EMAIL: false, SMS: false, PUSH: false, IN_APP: true },
  ADMIN_ALERTS: { EMAIL: true, SMS: false, PUSH: false, IN_APP: true },
};

export function isRequired(category: NotificationCategory, channel: NotificationChannel): boolean {
  return REQUIRED_CHANNELS.some((entry) => entry.category === category && entry.channel === channel);
}

export function categoriesFor(isStaff: boolean): NotificationCategory[] {
  return NOTIFICATION_CATEGORIES.filter((category) => isStaff || !STAFF_CATEGORIES.includes(category));
}

/** The full matrix a user sees: their choices over the defaults, required channels always on. */
export function effectivePreferences(stored: readonly StoredPreference[], isStaff: boolean): Preference[] {
  const chosen = new Map(stored.map((entry) => [`${entry.category}:${entry.channel}`, entry.enabled]));
  return categoriesFor(isStaff).flatMap((category) =>
    NOTIFICATION_CHANNELS.map((channel) => {
      const required = isRequired(category, channel);
      const enabled =
        required || (chosen.get(`${category}:${channel}`) ?? DEFAULT_ENABLED[category][channel]);
      return { category, channel, enabled, required };
    }),
  );
}

/** Whether a channel may be used for a category, given the user's stored choices. */
export function channelAllowed(
  stored: readonly StoredPreference[],
  category: NotificationCategory,
  channel: NotificationChannel,
): boolean {
  if (isRequired(category, channel)) return true;
  const choice = stored.find((entry) => entry.category === category && entry.channel === channel);
  return choice?.enabled ?? DEFAULT_ENABLED[category][channel];
}

/** The channels of a notification kind that this recipient lets us use. */
export function allowedChannels(
  kindChannels: readonly NotificationChannel[],
  category: NotificationCategory,
  stored: readonly StoredPreference[],
): NotificationChannel[] {
  return kindChannels.filter((channel) => channelAllowed(stored, category, channel));
}

export const MAX_PREFERENCE_CHANGES = NOTIFICATION_CATEGORIES.length * NOTIFICATION_CHANNELS.length;

export interface PreferenceProblem {
  code: 'PREFERENCE_REQUIRED' | 'CATEGORY_NOT_AVAILABLE' | 'DUPLICATE_PREFERENCE' | 'TOO_MANY_PREFERENCES';
  message: string;
  /** Index into the input list, for the error's field path. */
  index: number | null;
}

/** Checks a batch of changes before any is saved: all apply, or none. */
export function validatePreferenceChanges(
  changes: readonly StoredPreference[],
  isStaff: boolean,
): PreferenceProblem[] {
  if (changes.length > MAX_PREFERENCE_CHANGES)
    return [
      {
        code: 'TOO_MANY_PREFERENCES',
        message: `At most ${MAX_PREFERENCE_CHANGES} preferences can be changed at once.`,
        index: null,
      },
    ];
  const problems: PreferenceProblem[] = [];
  const seen = new Set<string>();
  const available = categoriesFor(isStaff);
  changes.forEach((change, index) => {
    const key = `${change.category}:${change.channel}`;
    if (seen.has(key))
      problems.push({
        code: 'DUPLICATE_PREFERENCE',
        message: `${change.category} / ${change.channel} appears more than once.`,
        index,
      });
    seen.add(key);
    if (!available.includes(change.category))
      problems.push({
        code: 'CATEGORY_NOT_AVAILABLE',
        message: `${change.category} notifications are for staff only.`,
        index,
      });
    else if (!change.enabled && isRequired(change.category, change.channel))
      problems.push({
        code: 'PREFERENCE_REQUIRED',
        message: `${change.category} ${change.channel} messages cover account security and cannot be switched off.`,
        index,
      });
  });
  return problems;
}
