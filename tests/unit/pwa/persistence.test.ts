// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { experiences } from '@/db';
import { createExperience } from '@/domain';
import { useTestDatabases } from '../db/test-database';

/** The browser's StorageManager, answering as a browser that grants persistence. */
function fakeStorage() {
  let persisted = false;
  return {
    persist: vi.fn(async () => (persisted = true)),
    persisted: vi.fn(async () => persisted),
    estimate: vi.fn(async () => ({ usage: 1_000, quota: 100_000 })),
  };
}

let storage: ReturnType<typeof fakeStorage>;
beforeEach(() => {
  storage = fakeStorage();
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

async function freshModule() {
  vi.resetModules();
  return import('@/composables/useStorageStatus');
}

const anExperience = () =>
  createExperience({ kind: 'open-dag', title: 'Open dag', date: '2026-03-14' }, new Date());

describe('asking for persistent storage', () => {
  it('asks once the first experience is saved, not before', async () => {
    const { requestPersistenceAfterFirstEntry } = await freshModule();
    const db = useTestDatabases().open();
    // The empty dossier has been looked at, and nothing was asked.
    await requestPersistenceAfterFirstEntry(db).ready;
    expect(storage.persist).not.toHaveBeenCalled();

    await experiences.put(db, anExperience());
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalledOnce());

    // Later entries do not ask again.
    await experiences.put(db, anExperience());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('does not ask on a page load of a dossier that already has entries', async () => {
    const { requestPersistenceAfterFirstEntry } = await freshModule();
    const db = useTestDatabases().open();
    await experiences.put(db, anExperience());
    await requestPersistenceAfterFirstEntry(db).ready;
    await experiences.put(db, anExperience());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('asks when the app is installed', async () => {
    const { requestPersistenceAfterFirstEntry } = await freshModule();
    requestPersistenceAfterFirstEntry(useTestDatabases().open());
    window.dispatchEvent(new Event('appinstalled'));
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalled());
  });

  it('reports false, without throwing, where the browser has no storage manager', async () => {
    Reflect.deleteProperty(navigator, 'storage');
    const { requestPersistentStorage, refreshStorageStatus, usePersistedStorage } =
      await freshModule();
    expect(await requestPersistentStorage()).toBe(false);
    await refreshStorageStatus();
    const { persisted, checked } = usePersistedStorage();
    expect(checked.value).toBe(true);
    expect(persisted.value).toBeNull();
  });
});

describe('iPhone-like browsers', () => {
  it('recognises iPhone, iPad (also when it says it is a Mac) and nothing else', async () => {
    const { isIosLike } = await freshModule();
    const iphone =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
    const mac =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
    const android =
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
    expect(isIosLike({ userAgent: iphone, platform: 'iPhone', maxTouchPoints: 5 })).toBe(true);
    expect(isIosLike({ userAgent: mac, platform: 'MacIntel', maxTouchPoints: 5 })).toBe(true);
    expect(isIosLike({ userAgent: mac, platform: 'MacIntel', maxTouchPoints: 0 })).toBe(false);
    expect(isIosLike({ userAgent: android, platform: 'Linux armv8l', maxTouchPoints: 5 })).toBe(
      false,
    );
  });
});
