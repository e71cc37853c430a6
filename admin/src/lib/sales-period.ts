/**
 * The period the sales charts cover: presets ("last 30 days"), dates a person picks (whole days, both
 * inclusive) and the API window built from them (UTC, `to` exclusive).
 */

export type SalesInterval = 'DAY' | 'WEEK' | 'MONTH';

export type PeriodPreset = 'LAST_7_DAYS' | 'LAST_30_DAYS' | 'LAST_12_WEEKS' | 'LAST_12_MONTHS';

export interface PeriodChoice {
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  to: string;
  interval: SalesInterval;
}

export const PERIOD_PRESETS: readonly { preset: PeriodPreset; label: string }[] = [
  { preset: 'LAST_7_DAYS', label: 'Last 7 days' },
  { preset: 'LAST_30_DAYS', label: 'Last 30 days' },
  { preset: 'LAST_12_WEEKS', label: 'Last 12 weeks' },
  { preset: 'LAST_12_MONTHS', label: 'Last 12 months' },
];

/** The longest window the API answers for. */
export const MAX_PERIOD_DAYS = 366;

const DAY_MS = 24 * 60 * 60 * 1000;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The dates and interval of a preset, ending today (UTC). */
export function presetPeriod(preset: PeriodPreset, now: Date = new Date()): PeriodChoice {
  const today = utcDay(now);
  const daysBack = (days: number) => isoDay(new Date(today.getTime() - days * DAY_MS));
  switch (preset) {
    case 'LAST_7_DAYS':
      return { from: daysBack(6), to: isoDay(today), interval: 'DAY' };
    case 'LAST_30_DAYS':
      return { from: daysBack(29), to: isoDay(today), interval: 'DAY' };
    case 'LAST_12_WEEKS':
      return { from: daysBack(12 * 7 - 1), to: isoDay(today), interval: 'WEEK' };
    case 'LAST_12_MONTHS': {
      const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
      return { from: isoDay(first), to: isoDay(today), interval: 'MONTH' };
    }
  }
}

export type PeriodWindow =
  | { ok: true; from: string; to: string; interval: SalesInterval }
  | { ok: false; message: string };

/** The API window of a choice: from the start of the first day to the start of the day after the last. */
export function periodWindow(choice: PeriodChoice): PeriodWindow {
  const pattern = /^\d{4}-\d{2}-\d{2}$/;
  if (!pattern.test(choice.from) || !pattern.test(choice.to))
    return { ok: false, message: 'Pick both dates' };
  const from = new Date(`${choice.from}T00:00:00.000Z`);
  const last = new Date(`${choice.to}T00:00:00.000Z`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(last.getTime()))
    return { ok: false, message: 'Pick both dates' };
  if (last < from) return { ok: false, message: 'The last day must not be before the first' };
  const to = new Date(last.getTime() + DAY_MS);
  if ((to.getTime() - from.getTime()) / DAY_MS > MAX_PERIOD_DAYS)
    return { ok: false, message: `Pick at most ${MAX_PERIOD_DAYS} days` };
  return { ok: true, from: from.toISOString(), to: to.toISOString(), interval: choice.interval };
}
