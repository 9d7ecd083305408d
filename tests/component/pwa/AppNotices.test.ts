// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'virtual:pwa-register';
import { experiences, getDatabase, getSetting, saveProfile, setSetting } from '@/db';
import { createExperience, createProfile } from '@/domain';
import { eventually, mountView, resetDatabase } from '../support';
import { useTestDatabases } from '../../unit/db/test-database';

const sw = vi.hoisted(() => ({ options: undefined as RegisterSWOptions | undefined }));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    sw.options = options;
    return async () => {};
  },
}));

const DAY = 24 * 60 * 60 * 1000;

function stubPersisted(persisted: boolean) {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      persisted: async () => persisted,
      persist: async () => persisted,
      estimate: async () => ({ usage: 1000, quota: 1_000_000 }),
    },
  });
}

/** Mounts the notices as the app does: after start-up began following the backup state. */
async function mountNotices(path = '/') {
  vi.resetModules();
  const { followBackupState } = await import('@/composables/useBackupReminder');
  await followBackupState();
  const { default: AppNotices } = await import('@/components/pwa/AppNotices.vue');
  return mountView(AppNotices, { path });
}

/** Leaves the dossier screen and comes back, as the pupil does. */
async function reopenDossier(router: Awaited<ReturnType<typeof mountNotices>>['router']) {
  await router.push('/meer');
  await router.push('/');
}

/** Lets the live queries see a change made in the test. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

async function addExperience() {
  await experiences.put(
    getDatabase(),
    createExperience({ kind: 'bijbaan', title: 'Bijbaan', date: '2026-04-01' }, new Date()),
  );
}

const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

beforeEach(async () => {
  await resetDatabase();
  await saveProfile(getDatabase(), createProfile({ name: 'Mila', sector: 'vmbo-gl' }, new Date()));
});
afterEach(() => {
  document.body.innerHTML = '';
  Reflect.deleteProperty(navigator, 'storage');
});

describe('backup reminder', () => {
  it('stays away while the dossier holds nothing to lose', async () => {
    stubPersisted(false);
    const { wrapper, router } = await mountNotices();
    expect(wrapper.text()).toBe('');
    // After the first entry it is there the next time the dossier screen opens.
    await addExperience();
    await settle();
    await reopenDossier(router);
    expect(wrapper.text()).toContain('Maak een back-up van je dossier');
  });

  it('never turns up while the dossier screen is open, so it cannot push the list away', async () => {
    stubPersisted(true);
    const { wrapper, router } = await mountNotices();
    await addExperience();
    await settle();
    expect(wrapper.text()).toBe('');
    await reopenDossier(router);
    expect(wrapper.text()).toContain('Maak een back-up van je dossier');
  });

  it('reminds on the dossier screen when there never was an export, and links to it', async () => {
    stubPersisted(true);
    await addExperience();
    const { wrapper } = await mountNotices();
    // There at once: it was known before the screen rendered.
    expect(wrapper.text()).toContain('Maak een back-up van je dossier');
    expect(wrapper.text()).toContain('Je dossier staat alleen op dit apparaat.');
    const link = wrapper.findAll('a').find((a) => a.text() === 'Dossier exporteren');
    expect(link?.attributes('href')).toBe('/exporteren');
  });

  it('only on the dossier screen', async () => {
    stubPersisted(true);
    await addExperience();
    const { wrapper, router } = await mountNotices('/instellingen');
    expect(wrapper.text()).toBe('');
    await router.push('/');
    expect(wrapper.text()).toContain('Maak een back-up van je dossier');
  });

  it('waits 30 days after an export with persistent storage, 7 without', async () => {
    await addExperience();
    await setSetting(getDatabase(), 'lastExportAt', daysAgo(10));

    stubPersisted(true);
    const persistent = await mountNotices();
    expect(persistent.wrapper.text()).toBe('');
    await setSetting(getDatabase(), 'lastExportAt', daysAgo(31));
    await settle();
    await reopenDossier(persistent.router);
    expect(persistent.wrapper.text()).toContain('Tijd voor een nieuwe back-up');
    persistent.wrapper.unmount();
    await setSetting(getDatabase(), 'lastExportAt', daysAgo(10));

    stubPersisted(false);
    const evictable = await mountNotices();
    expect(evictable.wrapper.text()).toContain('Tijd voor een nieuwe back-up');
    const lastExport = new Date(Date.now() - 10 * DAY);
    expect(evictable.wrapper.text()).toContain(
      `Je laatste back-up is van ${lastExport.getDate()} `,
    );
  });

  it('goes away for a few days with "Later", and at once when an export is made', async () => {
    stubPersisted(false);
    await addExperience();
    const { wrapper, router } = await mountNotices();
    expect(wrapper.text()).toContain('Maak een back-up');
    const later = wrapper.findAll('button').find((b) => b.text() === 'Later');
    await later!.trigger('click');
    await eventually(() => expect(wrapper.text()).toBe(''));
    const snoozedUntil = (await getSetting(getDatabase(), 'backupReminderSnoozedUntil')) as string;
    const days = (Date.parse(snoozedUntil) - Date.now()) / DAY;
    expect(days).toBeGreaterThan(2.9);
    expect(days).toBeLessThanOrEqual(3);
    await reopenDossier(router);
    expect(wrapper.text()).toBe('');

    // Once the snooze is over it is back; an export (Portable dossier) writes lastExportAt, and
    // the reminder leaves at once.
    await setSetting(getDatabase(), 'backupReminderSnoozedUntil', daysAgo(1));
    await settle();
    await reopenDossier(router);
    expect(wrapper.text()).toContain('Maak een back-up');
    await setSetting(getDatabase(), 'lastExportAt', new Date().toISOString());
    await eventually(() => expect(wrapper.text()).toBe(''));
  });
});

describe('upgrade in another tab', () => {
  it('asks to reload, as an alert, and moves focus to the reload button', async () => {
    stubPersisted(true);
    const { wrapper } = await mountNotices('/instellingen');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);

    const { guardAgainstUpgradesElsewhere } = await import('@/composables/databaseGuard');
    const databases = useTestDatabases();
    const db = databases.open();
    await db.open();
    guardAgainstUpgradesElsewhere(db, async () => {});
    const other = await new Promise<IDBDatabase>((resolve, reject) => {
      // One IndexedDB version above the one Dexie opened (Dexie stores version n as n × 10).
      const request = indexedDB.open(databases.name, db.backendDB().version + 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    other.close();

    await eventually(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true));
    expect(wrapper.find('[role="alert"]').text()).toContain(
      'Loopbaandossier is in een ander tabblad bijgewerkt. Wat je typte is bewaard. Herlaad deze pagina om verder te gaan.',
    );
    await eventually(() =>
      expect(document.activeElement?.textContent?.trim()).toBe('Pagina herladen'),
    );
  });
});

describe('offline ready', () => {
  it('says once that the app now works without internet, unless another toast is showing', async () => {
    stubPersisted(true);
    await mountNotices('/instellingen');
    const { startAppUpdates } = await import('@/composables/useAppUpdate');
    const { useToastStore } = await import('@/stores/toast');
    startAppUpdates({ reload: vi.fn() });
    const toast = useToastStore();

    sw.options?.onOfflineReady?.();
    await eventually(() =>
      expect(toast.current?.message).toBe('De app werkt nu ook zonder internet.'),
    );

    // A second start with an undo toast on screen: the undo stays.
    toast.dismiss();
    await mountNotices('/instellingen');
    const fresh = await import('@/composables/useAppUpdate');
    fresh.startAppUpdates({ reload: vi.fn() });
    const undo = useToastStore().show('Naar de prullenbak verplaatst.', {
      label: 'Ongedaan maken',
      run: () => {},
    });
    sw.options?.onOfflineReady?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(useToastStore().current?.id).toBe(undo.id);
  });
});
