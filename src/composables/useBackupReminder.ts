/**
 * The gentle backup reminder: shown when the dossier holds something and was never exported, or
 * not recently enough (src/domain/storage.ts has the rule). The export screen writes the time of
 * each export to the `lastExportAt` setting; "Later" snoozes the reminder for a few days.
 */
import { liveQuery } from 'dexie';
import { computed, shallowRef } from 'vue';
import { z } from 'zod';
import { getDatabase, hasLiveExperiences, getSetting, setSetting } from '@/db';
import { backupSnoozeUntil, shouldRemindBackup } from '@/domain/storage';
import { refreshStorageStatus, usePersistedStorage } from './useStorageStatus';

/** Written by the export (Portable dossier): ISO timestamp of the last export. */
export const LAST_EXPORT_SETTING = 'lastExportAt';
export const BACKUP_SNOOZE_SETTING = 'backupReminderSnoozedUntil';

/** The export screen (Portable dossier), where the reminder sends the pupil. */
export const EXPORT_ROUTE = { name: 'export' } as const;

const timestamp = z.string();

interface BackupState {
  lastExportAt: string | undefined;
  snoozedUntil: string | undefined;
  hasEntries: boolean;
}

const state = shallowRef<BackupState | null>(null);
let following: Promise<void> | undefined;

/**
 * Follows what the reminder depends on, once for the whole app and from start-up on
 * (src/plugins/pwa.ts), so the answer is known before the dossier screen renders. Resolves
 * once the first answer is in.
 */
export function followBackupState(): Promise<void> {
  following ??= new Promise<void>((resolve) => {
    const db = getDatabase();
    liveQuery(async (): Promise<BackupState> => ({
      lastExportAt: await getSetting(db, LAST_EXPORT_SETTING, timestamp),
      snoozedUntil: await getSetting(db, BACKUP_SNOOZE_SETTING, timestamp),
      hasEntries: await hasLiveExperiences(db),
    })).subscribe({
      next: (value) => {
        state.value = value;
        resolve();
      },
      error: () => {
        // The database is unavailable (another tab upgraded it): no reminder.
        state.value = null;
        resolve();
      },
    });
  }).then(refreshStorageStatus);
  return following;
}

export function useBackupReminder() {
  void followBackupState();
  const { persisted, checked } = usePersistedStorage();

  const lastExportAt = computed(() => state.value?.lastExportAt);
  const due = computed(() => {
    const current = state.value;
    // Nothing to lose yet, or not everything known yet: no reminder (and no flicker).
    if (!current || !current.hasEntries || !checked.value) return false;
    return shouldRemindBackup({
      lastExportAt: current.lastExportAt,
      snoozedUntil: current.snoozedUntil,
      persisted: persisted.value === true,
      now: new Date(),
    });
  });

  async function snooze(): Promise<void> {
    await setSetting(getDatabase(), BACKUP_SNOOZE_SETTING, backupSnoozeUntil(new Date()));
  }

  return { due, lastExportAt, snooze };
}
