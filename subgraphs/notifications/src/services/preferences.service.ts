import { isStaffOrAdmin, type Identity } from '@msa/auth';
import type { NotificationsDb } from '../data/database';
import { preferencesOf, savePreferences } from '../data/preference.repo';
import {
  effectivePreferences,
  validatePreferenceChanges,
  type Preference,
  type PreferenceProblem,
  type StoredPreference,
} from '../domain/preferences';
import type { StaffService } from './staff.service';

export type PreferencesOutcome =
  | { ok: true; preferences: Preference[] }
  | { ok: false; problems: PreferenceProblem[] };

export function createPreferencesService(db: NotificationsDb, staff: StaffService) {
  const current = async (viewer: Identity) =>
    effectivePreferences(await preferencesOf(db, viewer.userId), isStaffOrAdmin(viewer));
  return {
    async get(viewer: Identity): Promise<Preference[]> {
      await staff.noteVisit(viewer);
      return current(viewer);
    },

    /** Applies a batch of changes together, or none of them when any is invalid. */
    async update(viewer: Identity, changes: readonly StoredPreference[]): Promise<PreferencesOutcome> {
      const problems = validatePreferenceChanges(changes, isStaffOrAdmin(viewer));
      if (problems.length) return { ok: false, problems };
      await savePreferences(db, viewer.userId, changes);
      await staff.noteVisit(viewer);
      return { ok: true, preferences: await current(viewer) };
    },
  };
}

export type PreferencesService = ReturnType<typeof createPreferencesService>;
