/**
 * Rules that guard the dossier against storage loss: when to remind the pupil to make a backup,
 * and when the device's storage counts as nearly full. Plain functions, no browser APIs.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Days after the last export before a reminder shows. Storage the browser may evict (not
 * persistent) is at more risk, so the pupil is reminded sooner.
 */
export const BACKUP_INTERVAL_DAYS = Object.freeze({ persistent: 30, notPersistent: 7 });

/** "Later" on a reminder keeps it away this long. */
export const BACKUP_SNOOZE_DAYS = 3;

/** Share of the quota in use from which the pupil is warned that storage is nearly full. */
export const STORAGE_WARNING_RATIO = 0.8;

export interface BackupReminderInput {
  /** ISO timestamp of the last export; undefined when the dossier was never exported. */
  lastExportAt: string | undefined;
  /** ISO timestamp until which the pupil asked not to be reminded ("Later"). */
  snoozedUntil: string | undefined;
  /** Whether the browser promised to keep the storage; unknown counts as not persistent. */
  persisted: boolean;
  now: Date;
}

/**
 * Whether a backup is due: never exported, or the last export is more than 30 days old (7 days
 * when storage is not persistent). An unreadable timestamp counts as "never", so a damaged
 * setting errs on the side of reminding.
 */
export function isBackupDue({
  lastExportAt,
  persisted,
  now,
}: Omit<BackupReminderInput, 'snoozedUntil'>): boolean {
  const last = parseTime(lastExportAt);
  if (last === undefined) return true;
  const days = persisted ? BACKUP_INTERVAL_DAYS.persistent : BACKUP_INTERVAL_DAYS.notPersistent;
  return now.getTime() - last > days * DAY_MS;
}

/** Whether to show the backup reminder now: a backup is due and the pupil did not snooze it. */
export function shouldRemindBackup(input: BackupReminderInput): boolean {
  const snoozedUntil = parseTime(input.snoozedUntil);
  if (snoozedUntil !== undefined && input.now.getTime() < snoozedUntil) return false;
  return isBackupDue(input);
}

/** Until when "Later" keeps the reminder away, as an ISO timestamp. */
export function backupSnoozeUntil(now: Date): string {
  return new Date(now.getTime() + BACKUP_SNOOZE_DAYS * DAY_MS).toISOString();
}

/** The share of the quota in use (0–1), or undefined when the browser does not say. */
export function storageUsageRatio(usage: number | undefined, quota: number | undefined) {
  if (usage === undefined || quota === undefined || !(quota > 0) || !(usage >= 0)) {
    return undefined;
  }
  return usage / quota;
}

export function isStorageNearlyFull(ratio: number | undefined): boolean {
  return ratio !== undefined && ratio >= STORAGE_WARNING_RATIO;
}

function parseTime(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : time;
}
