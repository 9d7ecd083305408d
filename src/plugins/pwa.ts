/**
 * Everything that makes the dossier an installable, offline app, started once from main.ts:
 * the service worker and its updates, the guard for upgrades in another tab, the request for
 * persistent storage once the dossier holds its first entry, and the backup reminder's state.
 */
import { getDatabase } from '@/db';
import { startAppUpdates } from '@/composables/useAppUpdate';
import { guardAgainstUpgradesElsewhere } from '@/composables/databaseGuard';
import { requestPersistenceAfterFirstEntry } from '@/composables/useStorageStatus';
import { followBackupState } from '@/composables/useBackupReminder';

export function installPwa(): void {
  const db = getDatabase();
  guardAgainstUpgradesElsewhere(db);
  requestPersistenceAfterFirstEntry(db);
  void followBackupState();
  // The dev server has no service worker: vite-plugin-pwa only builds one for production.
  if (import.meta.env.PROD) startAppUpdates();
}
