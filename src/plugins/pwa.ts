/**
 * Everything that makes the dossier an installable, offline app, started once from main.ts:
 * the service worker and its updates, the request for persistent storage once the dossier holds
 * its first entry, and the backup reminder's state. main.ts loads this module beside the first
 * screen rather than in it (none of it is needed to paint), and guards against upgrades in
 * another tab itself, from the very start (composables/databaseGuard.ts).
 */
import { getDatabase } from '@/db';
import { startAppUpdates } from '@/composables/useAppUpdate';
import { requestPersistenceAfterFirstEntry } from '@/composables/useStorageStatus';
import { followBackupState } from '@/composables/useBackupReminder';

export function installPwa(): void {
  const db = getDatabase();
  requestPersistenceAfterFirstEntry(db);
  void followBackupState();
  // The dev server has no service worker: vite-plugin-pwa only builds one for production.
  if (import.meta.env.PROD) startAppUpdates();
}
