/**
 * The app's service worker and its updates, in one place. vite-plugin-pwa builds the worker in
 * prompt mode (a new version waits until the pupil says so) and registers it through
 * workbox-window (`virtual:pwa-register`). This module keeps the state the update prompt renders,
 * checks for new versions while online, and performs the update: save every open draft, let the
 * waiting version take over, reload.
 */
import { computed, readonly, ref } from 'vue';
import { registerSW } from 'virtual:pwa-register';
import { flushAllDrafts } from './draftRegistry';
import { draftsSavedForUpgrade } from './databaseGuard';

/** How often a running app asks the server for a new version. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * After "Nu bijwerken" the new worker normally takes control within a moment, which reloads the
 * page. If it never does (another tab already activated it), the page reloads after this delay.
 */
export const TAKEOVER_TIMEOUT_MS = 5000;

const needRefresh = ref(false);
const offlineReady = ref(false);
const updating = ref(false);
const failed = ref(false);
const dismissed = ref(false);

let activateWaitingWorker: (() => Promise<void>) | undefined;
let reloadPage: () => void = () => window.location.reload();
let reloading = false;
let started = false;

export interface AppUpdateOptions {
  /** Replaces `location.reload()`, for tests. */
  reload?: () => void;
}

/** Registers the service worker once, at start-up (src/plugins/pwa.ts). */
export function startAppUpdates(options: AppUpdateOptions = {}): void {
  if (started) return;
  started = true;
  if (options.reload) reloadPage = options.reload;
  activateWaitingWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      needRefresh.value = true;
      dismissed.value = false;
    },
    onOfflineReady() {
      offlineReady.value = true;
    },
    // The new version took control, from this tab or another one: keep the drafts, then load it.
    onNeedReload() {
      void saveDraftsAndReload();
    },
    onRegisteredSW(_url, registration) {
      if (registration) checkForUpdatesWhileOnline(registration);
    },
    onRegisterError(error: unknown) {
      // Without a worker the app still runs online; only offline use and updates are missing.
      console.warn('The service worker could not be registered', error);
    },
  });
}

function checkForUpdatesWhileOnline(registration: ServiceWorkerRegistration) {
  const check = () => {
    // Offline a check can only fail; the 'online' event checks again as soon as we are back.
    if (!navigator.onLine || registration.installing) return;
    registration.update().catch(() => {
      // The server was unreachable after all; the next check tries again.
    });
  };
  setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  window.addEventListener('online', check);
}

/**
 * Saves every open form. Once a newer version upgraded the database from another tab, this tab's
 * connection is closed and its drafts were already saved just before (databaseGuard.ts).
 */
async function saveOpenDrafts(): Promise<void> {
  const savedForUpgrade = draftsSavedForUpgrade();
  await (savedForUpgrade ?? flushAllDrafts());
}

async function saveDraftsAndReload(): Promise<void> {
  if (reloading) return;
  reloading = true;
  try {
    await saveOpenDrafts();
  } catch (error) {
    // Reloading now would lose what could not be saved: ask the pupil instead.
    console.warn('Drafts could not be saved before the update', error);
    reloading = false;
    updating.value = false;
    failed.value = true;
    needRefresh.value = true;
    dismissed.value = false;
    return;
  }
  reloadPage();
}

/** "Nu bijwerken": saves every open draft, then lets the waiting version take over and reloads. */
async function update(): Promise<void> {
  if (updating.value) return;
  updating.value = true;
  failed.value = false;
  try {
    await saveOpenDrafts();
  } catch (error) {
    console.warn('Drafts could not be saved before the update', error);
    updating.value = false;
    failed.value = true;
    return;
  }
  await activateWaitingWorker?.();
  setTimeout(() => void saveDraftsAndReload(), TAKEOVER_TIMEOUT_MS);
}

/** "Later": hides the prompt for now; it comes back at the next start while the update waits. */
function dismiss(): void {
  dismissed.value = true;
}

/** What the update prompt renders, and its two actions. */
export function useAppUpdate() {
  return {
    needRefresh: readonly(needRefresh),
    showPrompt: computed(() => needRefresh.value && !dismissed.value),
    offlineReady: readonly(offlineReady),
    updating: readonly(updating),
    failed: readonly(failed),
    update,
    dismiss,
  };
}
