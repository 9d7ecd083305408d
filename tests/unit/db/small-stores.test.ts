import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  InvalidRecordError,
  ProfileConflictError,
  deleteDraft,
  getProfile,
  getSetting,
  loadDraft,
  loadDraftEntry,
  saveDraft,
  saveProfile,
  setSetting,
} from '@/db';
import { withChanges } from '@/domain';
import { NOW, sampleProfile } from './sample-records';
import { createTestDatabase } from './test-database';

describe('profile', () => {
  it('is undefined until saved, then updates in place', async () => {
    const db = createTestDatabase();
    expect(await getProfile(db)).toBeUndefined();
    const profile = sampleProfile();
    await saveProfile(db, profile);
    const changed = withChanges(profile, { year: 4 }, new Date('2026-09-01T08:00:00.000Z'));
    await saveProfile(db, changed);
    expect(await getProfile(db)).toEqual(changed);
    expect(await db.profile.count()).toBe(1);
  });

  it('refuses an invalid profile and writes nothing', async () => {
    const db = createTestDatabase();
    await expect(saveProfile(db, { ...sampleProfile(), name: ' ' })).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await db.profile.count()).toBe(0);
  });

  it('never replaces the stored profile by another dossier’s', async () => {
    const db = createTestDatabase();
    const profile = sampleProfile();
    await saveProfile(db, profile);
    await expect(saveProfile(db, sampleProfile())).rejects.toBeInstanceOf(ProfileConflictError);
    await expect(
      saveProfile(db, { ...profile, dossierId: crypto.randomUUID() }),
    ).rejects.toBeInstanceOf(ProfileConflictError);
    expect(await getProfile(db)).toEqual(profile);
  });
});

describe('drafts', () => {
  it('saves, replaces, loads and deletes a draft per form', async () => {
    const db = createTestDatabase();
    expect(await loadDraft(db, 'experience:new')).toBeUndefined();
    await saveDraft(db, 'experience:new', { title: 'Half' }, NOW);
    await saveDraft(db, 'goal:new', { text: 'Iets' }, NOW);
    const later = new Date('2026-03-02T10:05:00.000Z');
    await saveDraft(db, 'experience:new', { title: 'Half getypt' }, later);

    expect(await loadDraft(db, 'experience:new')).toEqual({ title: 'Half getypt' });
    expect(await loadDraftEntry(db, 'experience:new')).toEqual({
      key: 'experience:new',
      value: { title: 'Half getypt' },
      updatedAt: later.toISOString(),
    });
    await deleteDraft(db, 'experience:new');
    expect(await loadDraft(db, 'experience:new')).toBeUndefined();
    expect(await loadDraft(db, 'goal:new')).toEqual({ text: 'Iets' });
    await deleteDraft(db, 'does-not-exist');
  });

  it('refuses an empty key and a value that cannot be stored', async () => {
    const db = createTestDatabase();
    await expect(saveDraft(db, '', {}, NOW)).rejects.toBeInstanceOf(InvalidRecordError);
    // A function (like a reactive proxy) cannot be cloned into IndexedDB: the write rejects.
    await expect(saveDraft(db, 'x', { run: () => 1 }, NOW)).rejects.toThrow();
    expect(await db.drafts.count()).toBe(0);
  });
});

describe('settings', () => {
  it('stores and reads values by key', async () => {
    const db = createTestDatabase();
    expect(await getSetting(db, 'locale')).toBeUndefined();
    await setSetting(db, 'locale', 'nl');
    await setSetting(db, 'locale', 'en');
    await setSetting(db, 'lastExportAt', '2026-03-01T10:00:00.000Z');
    expect(await getSetting(db, 'locale')).toBe('en');
    expect(await db.settings.count()).toBe(2);
    await expect(setSetting(db, '', 1)).rejects.toBeInstanceOf(InvalidRecordError);
  });

  it('checks the value against a schema when one is given', async () => {
    const db = createTestDatabase();
    const locale = z.enum(['nl', 'en']);
    await setSetting(db, 'locale', 'fr');
    expect(await getSetting(db, 'locale', locale)).toBeUndefined();
    await setSetting(db, 'locale', 'en');
    const value: 'nl' | 'en' | undefined = await getSetting(db, 'locale', locale);
    expect(value).toBe('en');
  });
});
