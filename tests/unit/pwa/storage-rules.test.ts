import { describe, expect, it } from 'vitest';
import {
  backupSnoozeUntil,
  isBackupDue,
  isStorageNearlyFull,
  shouldRemindBackup,
  storageUsageRatio,
} from '@/domain/storage';

const NOW = new Date('2026-06-01T10:00:00.000Z');
const daysBefore = (days: number, extraMs = 0) =>
  new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000 - extraMs).toISOString();

describe('isBackupDue', () => {
  it('is due when the dossier was never exported, or the timestamp is unreadable', () => {
    expect(isBackupDue({ lastExportAt: undefined, persisted: true, now: NOW })).toBe(true);
    expect(isBackupDue({ lastExportAt: 'gisteren', persisted: true, now: NOW })).toBe(true);
  });

  it('waits 30 days after an export when storage is persistent', () => {
    expect(isBackupDue({ lastExportAt: daysBefore(1), persisted: true, now: NOW })).toBe(false);
    expect(isBackupDue({ lastExportAt: daysBefore(30), persisted: true, now: NOW })).toBe(false);
    expect(isBackupDue({ lastExportAt: daysBefore(30, 1), persisted: true, now: NOW })).toBe(true);
  });

  it('waits only 7 days when the browser may evict the storage', () => {
    expect(isBackupDue({ lastExportAt: daysBefore(7), persisted: false, now: NOW })).toBe(false);
    expect(isBackupDue({ lastExportAt: daysBefore(7, 1), persisted: false, now: NOW })).toBe(true);
    expect(isBackupDue({ lastExportAt: daysBefore(20), persisted: false, now: NOW })).toBe(true);
  });

  it('does not remind about an export stamped in the future (a clock that was wrong)', () => {
    const tomorrow = new Date(NOW.getTime() + 24 * 60 * 60 * 1000).toISOString();
    expect(isBackupDue({ lastExportAt: tomorrow, persisted: false, now: NOW })).toBe(false);
  });
});

describe('shouldRemindBackup', () => {
  it('stays quiet while snoozed and comes back when the snooze is over', () => {
    const snoozedUntil = backupSnoozeUntil(NOW);
    expect(snoozedUntil).toBe('2026-06-04T10:00:00.000Z');
    const base = { lastExportAt: undefined, persisted: false, snoozedUntil };
    expect(shouldRemindBackup({ ...base, now: NOW })).toBe(false);
    expect(shouldRemindBackup({ ...base, now: new Date('2026-06-04T09:59:59.000Z') })).toBe(false);
    expect(shouldRemindBackup({ ...base, now: new Date('2026-06-04T10:00:00.000Z') })).toBe(true);
  });

  it('never reminds when a backup is not due, snoozed or not', () => {
    const input = { lastExportAt: daysBefore(2), persisted: true, now: NOW };
    expect(shouldRemindBackup({ ...input, snoozedUntil: undefined })).toBe(false);
    expect(shouldRemindBackup({ ...input, snoozedUntil: 'kapot' })).toBe(false);
  });
});

describe('storage usage', () => {
  it('is a share of the quota, unknown when the browser does not say', () => {
    expect(storageUsageRatio(25, 100)).toBe(0.25);
    expect(storageUsageRatio(undefined, 100)).toBeUndefined();
    expect(storageUsageRatio(10, undefined)).toBeUndefined();
    expect(storageUsageRatio(10, 0)).toBeUndefined();
    expect(storageUsageRatio(Number.NaN, 100)).toBeUndefined();
  });

  it('warns from 80 % of the quota', () => {
    expect(isStorageNearlyFull(storageUsageRatio(79, 100))).toBe(false);
    expect(isStorageNearlyFull(storageUsageRatio(80, 100))).toBe(true);
    expect(isStorageNearlyFull(storageUsageRatio(120, 100))).toBe(true);
    expect(isStorageNearlyFull(undefined)).toBe(false);
  });
});
