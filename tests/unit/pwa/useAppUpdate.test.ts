// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'virtual:pwa-register';
import { useTestDatabases } from '../db/test-database';

// vite-plugin-pwa's registration module only exists in a build; here it records what the app
// asked of it, and the test plays the service worker's part through the captured callbacks.
const sw = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  activateWaiting: vi.fn<() => Promise<void>>(),
}));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    sw.options = options;
    return sw.activateWaiting;
  },
}));

async function start() {
  vi.resetModules();
  const registry = await import('@/composables/draftRegistry');
  const updates = await import('@/composables/useAppUpdate');
  const reload = vi.fn();
  updates.startAppUpdates({ reload });
  return { ...registry, ...updates, reload, state: updates.useAppUpdate() };
}

function fakeRegistration(installing: unknown = null) {
  return {
    installing,
    update: vi.fn(() => Promise.resolve()),
  } as unknown as ServiceWorkerRegistration & { update: ReturnType<typeof vi.fn> };
}

let online = true;
beforeEach(() => {
  sw.options = undefined;
  sw.activateWaiting.mockReset();
  sw.activateWaiting.mockImplementation(() => Promise.resolve());
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('service worker registration', () => {
  it('registers at once in prompt mode and shows the prompt when a new version waits', async () => {
    const { state } = await start();
    expect(sw.options?.immediate).toBe(true);
    expect(state.showPrompt.value).toBe(false);

    sw.options?.onOfflineReady?.();
    expect(state.offlineReady.value).toBe(true);
    expect(state.showPrompt.value).toBe(false);

    sw.options?.onNeedRefresh?.();
    expect(state.showPrompt.value).toBe(true);
    state.dismiss();
    expect(state.showPrompt.value).toBe(false);
    expect(state.needRefresh.value).toBe(true);
  });

  it('checks for a new version every hour and when the connection returns, never offline', async () => {
    const { UPDATE_CHECK_INTERVAL_MS } = await start();
    const registration = fakeRegistration();
    sw.options?.onRegisteredSW?.('/sw.js', registration);

    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
    expect(registration.update).toHaveBeenCalledTimes(1);

    online = false;
    await vi.advanceTimersByTimeAsync(3 * UPDATE_CHECK_INTERVAL_MS);
    expect(registration.update).toHaveBeenCalledTimes(1);

    online = true;
    window.dispatchEvent(new Event('online'));
    expect(registration.update).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
    expect(registration.update).toHaveBeenCalledTimes(3);
  });

  it('skips a check while a new version is still installing, and survives a failed check', async () => {
    const { UPDATE_CHECK_INTERVAL_MS } = await start();
    const installing = fakeRegistration({ state: 'installing' });
    sw.options?.onRegisteredSW?.('/sw.js', installing);
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
    expect(installing.update).not.toHaveBeenCalled();

    const unreachable = fakeRegistration();
    unreachable.update.mockImplementation(() => Promise.reject(new TypeError('Failed to fetch')));
    sw.options?.onRegisteredSW?.('/sw.js', unreachable);
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
    expect(unreachable.update).toHaveBeenCalledTimes(1);
  });
});

describe('updating', () => {
  it('saves every open draft before the new version takes over, then reloads', async () => {
    const { registerDraft, state, reload } = await start();
    const order: string[] = [];
    registerDraft(async () => void order.push('draft saved'));
    sw.activateWaiting.mockImplementation(async () => {
      order.push('new version activated');
      // The new worker takes control, as the real one does after skipWaiting.
      sw.options?.onNeedReload?.();
    });
    sw.options?.onNeedRefresh?.();

    await state.update();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(order.slice(0, 2)).toEqual(['draft saved', 'new version activated']);
    expect(state.updating.value).toBe(true);
  });

  it('does not update when a draft cannot be saved, and says so', async () => {
    const { registerDraft, state, reload } = await start();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const off = registerDraft(() => Promise.reject(new Error('QuotaExceededError')));
    sw.options?.onNeedRefresh?.();

    await state.update();
    expect(sw.activateWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
    expect(state.failed.value).toBe(true);
    expect(state.updating.value).toBe(false);
    expect(state.showPrompt.value).toBe(true);

    // Once the draft can be saved again, the same button goes on.
    off();
    await state.update();
    expect(state.failed.value).toBe(false);
    expect(sw.activateWaiting).toHaveBeenCalledOnce();
  });

  it('reloads anyway when the new version never takes control', async () => {
    const { state, reload, TAKEOVER_TIMEOUT_MS } = await start();
    sw.options?.onNeedRefresh?.();
    await state.update();
    expect(reload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(TAKEOVER_TIMEOUT_MS);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('when another tab updated, saves this tab’s drafts before following it', async () => {
    const { registerDraft, reload } = await start();
    let saved = false;
    registerDraft(async () => void (saved = true));
    sw.options?.onNeedReload?.();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(saved).toBe(true);
  });

  it('when another tab updated but a draft cannot be saved, keeps the page and says so', async () => {
    const { registerDraft, reload, state } = await start();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    registerDraft(() => Promise.reject(new Error('nope')));
    sw.options?.onNeedReload?.();
    await vi.waitFor(() => expect(state.failed.value).toBe(true));
    expect(reload).not.toHaveBeenCalled();
    expect(state.showPrompt.value).toBe(true);
  });

  it('after another tab upgraded the database, relies on the drafts saved then, and reloads', async () => {
    const { registerDraft, reload } = await start();
    const { guardAgainstUpgradesElsewhere } = await import('@/composables/databaseGuard');
    const databases = useTestDatabases();
    const db = databases.open();
    await db.open();
    let savedByGuard = false;
    guardAgainstUpgradesElsewhere(db, async () => void (savedByGuard = true));
    vi.useRealTimers();
    const other = await new Promise<IDBDatabase>((resolve, reject) => {
      // One IndexedDB version above the one Dexie opened (Dexie stores version n as n × 10).
      const request = indexedDB.open(databases.name, db.backendDB().version + 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    other.close();
    // The form's own flush would fail now: its database is closed.
    registerDraft(() => Promise.reject(new Error('DatabaseClosedError')));

    sw.options?.onNeedReload?.();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(savedByGuard).toBe(true);
  });
});
