import { describe, expect, it } from 'vitest';
import { preferenceGrid, type PreferenceLike } from './preference-grid';

const pref = (category: PreferenceLike['category'], channel: PreferenceLike['channel'], enabled = true) => ({
  category,
  channel,
  enabled,
  required: false,
});

describe('notification preference grid', () => {
  it('orders categories and channels and leaves gaps as null', () => {
    const grid = preferenceGrid([
      pref('MARKETING', 'EMAIL', false),
      pref('ORDER_UPDATES', 'IN_APP'),
      pref('ORDER_UPDATES', 'EMAIL'),
    ]);
    expect(grid.channels).toEqual(['EMAIL', 'IN_APP']);
    expect(grid.rows.map((row) => row.label)).toEqual(['Order updates', 'Offers and news']);
    expect(grid.rows[1]!.cells[1]).toBeNull();
    expect(grid.rows[1]!.cells[0]!.enabled).toBe(false);
  });

  it('hides staff categories from shoppers', () => {
    const preferences = [pref('ADMIN_ALERTS', 'EMAIL'), pref('ACCOUNT', 'EMAIL')];
    expect(preferenceGrid(preferences).rows.map((row) => row.category)).toEqual(['ACCOUNT']);
    expect(preferenceGrid(preferences, { includeStaff: true }).rows).toHaveLength(2);
  });
});
