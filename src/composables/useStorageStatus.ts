/**
 * How safe the dossier's storage is on this device: whether the browser promised to keep it
 * (`navigator.storage.persist()`), how much of the quota it uses, and whether installing the app
 * would protect it better (iPhone). The state is shared app-wide, so the settings screen and the
 * backup reminder agree.
 */
import { liveQuery } from 'dexie';
import { computed, readonly, ref } from 'vue';
import { hasLiveExperiences, type DossierDatabase } from '@/db';
import { isStorageNearlyFull, storageUsageRatio } from '@/domain/storage';

/** True or false once the browser answered; null while unknown or when it cannot say. */
const persisted = ref<boolean | null>(null);
const usage = ref<number | undefined>(undefined);
const quota = ref<number | undefined>(undefined);
/** The pupil asked and the browser said no. */
const refused = ref(false);
/** Whether `refreshStorageStatus` has run to the end at least once. */
const checked = ref(false);

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Asks the browser again for persistence, usage and quota. */
export async function refreshStorageStatus(): Promise<void> {
  const storage = storageManager();
  persisted.value =
    typeof storage?.persisted === 'function' ? await storage.persisted().catch(() => null) : null;
  const estimate =
    typeof storage?.estimate === 'function' ? await storage.estimate().catch(() => null) : null;
  usage.value = estimate?.usage;
  quota.value = estimate?.quota;
  checked.value = true;
}

/**
 * Asks the browser to keep the dossier even when storage runs low. Chromium decides on its own
 * (installed, bookmarked, often used); Firefox asks the pupil. Returns whether it is persistent.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = storageManager();
  if (typeof storage?.persist !== 'function') return false;
  const granted = await storage.persist().catch(() => false);
  persisted.value = granted;
  return granted;
}

/**
 * Asks for persistent storage at the moments it matters, never on a first page load: when the
 * first experience is saved (the dossier now holds something to lose) and when the app is
 * installed.
 */
export function requestPersistenceAfterFirstEntry(db: DossierDatabase): {
  /** Resolves once the dossier's first count is known (from then on a first entry is seen). */
  ready: Promise<void>;
} {
  let hadEntries: boolean | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const subscription = liveQuery(() => hasLiveExperiences(db)).subscribe({
    next(hasEntries) {
      if (hadEntries === false && hasEntries) {
        subscription.unsubscribe();
        void requestPersistentStorage();
      }
      hadEntries = hasEntries;
      markReady();
    },
    error() {
      // The database is unavailable; the settings screen still offers the request.
      markReady();
    },
  });
  window.addEventListener('appinstalled', () => void requestPersistentStorage());
  return { ready };
}

/**
 * iPhone and iPad browsers: all of them are Safari's engine, which may erase the data of a
 * website that was not opened for seven days, unless it was added to the home screen. iPadOS
 * presents itself as a Mac, hence the touch check.
 */
export function isIosLike(nav: Pick<Navigator, 'userAgent' | 'platform' | 'maxTouchPoints'>) {
  return (
    /iPhone|iPad|iPod/.test(nav.userAgent) ||
    (nav.platform === 'MacIntel' && nav.maxTouchPoints > 1)
  );
}

/** Whether the app runs from the home screen rather than in a browser tab. */
export function isInstalledApp(): boolean {
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return standalone || window.matchMedia?.('(display-mode: standalone)').matches === true;
}

/** The storage state for the settings screen; asks the browser afresh on each use. */
export function useStorageStatus() {
  void refreshStorageStatus();
  const ratio = computed(() => storageUsageRatio(usage.value, quota.value));
  async function askPersistence() {
    refused.value = !(await requestPersistentStorage());
    await refreshStorageStatus();
  }
  return {
    checked: readonly(checked),
    persisted: readonly(persisted),
    usage: readonly(usage),
    quota: readonly(quota),
    ratio,
    nearlyFull: computed(() => isStorageNearlyFull(ratio.value)),
    refused: readonly(refused),
    canAskPersistence: typeof storageManager()?.persist === 'function',
    askPersistence,
    showIosInstallHint: isIosLike(navigator) && !isInstalledApp(),
  };
}

/** Only the persistence answer, e.g. for the backup reminder's interval. */
export function usePersistedStorage() {
  if (!checked.value) void refreshStorageStatus();
  return { persisted: readonly(persisted), checked: readonly(checked) };
}
